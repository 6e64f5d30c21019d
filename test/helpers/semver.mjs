// Semantic versioning for TypeScript types, as semver-ts defines it ("no new
// red squiggles"), between each type of the released version and the type
// of the package's sources that replaces it. Every one of those types is
// one users both build and read: they build sessions, rights and user info
// in tests and mappers, implement the APIs, read every member, and write
// `Record<keyof Session, …>`. For such a type, semver-ts allows no change
// to a member, and a new member breaks someone too: a required one, code
// that builds the type; an optional one, code that writes `keyof` of it,
// an augmentation that declares it otherwise, and, where an index signature
// typed the key `unknown`, code that sets it to anything.
import { join, relative } from 'node:path';
import ts from 'typescript';
import * as released from '../../harness/released.mjs';
import * as repository from '../../harness/repository.mjs';
import { readDeclarations } from './declarations.mjs';

/**
 * A change that breaks code written against the released version: the
 * type, and member, it is about; why; and the repository line of the
 * package's declaration.
 *
 * @typedef {{ location: string, name: string, reason: string }} Break
 */

/** @returns {Break[]} What the package's sources break, each cause once. */
export function breaks() {
  const root = join(released.folder, 'dist/index.d.ts');
  const index = join(repository.root, 'src/index.ts');
  const { checker, symbolsOf } = readDeclarations([root, index], {
    strict: true,
    exactOptionalPropertyTypes: true,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    lib: ['lib.es2020.d.ts'],
    types: [],
  });
  /** @param {string} path @returns {Map<string, ts.Symbol>} By name. */
  const exportsOf = (path) => {
    const symbols = symbolsOf(path).map((symbol) =>
      symbol.flags & ts.SymbolFlags.Alias
        ? checker.getAliasedSymbol(symbol)
        : symbol,
    );
    return new Map(symbols.map((symbol) => [symbol.name, symbol]));
  };
  /** @param {ts.Node | undefined} node @returns {string} Its line. */
  const locate = (node) => {
    if (!node) return `${relative(repository.root, index)}:1`;
    const source = node.getSourceFile();
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${relative(repository.root, source.fileName)}:${line + 1}`;
  };
  /** @param {ts.Type} type @returns {string} As written, not by alias. */
  const show = (type) =>
    checker.typeToString(type, undefined, ts.TypeFormatFlags.InTypeAlias);
  /** @param {string} name @returns {string} It, after a or an. */
  const anOrA = (name) => `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
  /** @param {ts.Type} a @param {ts.Type} b */
  const same = (a, b) =>
    checker.isTypeAssignableTo(a, b) && checker.isTypeAssignableTo(b, a);
  /** @param {ts.Type} type @returns Whether the package declares it. */
  const owned = (type) =>
    (type.aliasSymbol ?? type.getSymbol())?.declarations?.some((node) =>
      node.getSourceFile().fileName.startsWith(join(repository.root, 'src')),
    ) ?? false;
  /** @param {ts.Symbol} member @param {string} name - Of the type. */
  const ownerOf = (member, name) => {
    const parent = member.declarations?.[0]?.parent;
    return parent && ts.isInterfaceDeclaration(parent)
      ? parent.name.text
      : name;
  };

  /**
   * Each break by the declaration it is about, with every reason: a member
   * of a base is one member, whichever type inherits it.
   *
   * @type {Map<string, Break & { derived: boolean }>}
   */
  const found = new Map();
  /**
   * @param {ts.Node | undefined} at
   * @param {string} name
   * @param {string} reason
   * @param {boolean} [derived] - When its types print alike, so that the
   *   difference is one of a type it refers to, reported in its own right.
   */
  const report = (at, name, reason, derived = false) => {
    const location = locate(at);
    const key = `${location} ${name}`;
    const earlier = found.get(key);
    // The same reason of another type that inherits the member.
    const kind = reason.split(' of ')[0] ?? reason;
    if (earlier?.reason.includes(kind)) return;
    found.set(key, {
      location,
      name,
      reason: earlier ? `${earlier.reason}; ${reason}` : reason,
      derived: (earlier?.derived ?? true) && derived,
    });
  };
  /** @type {Set<ts.Type>} */
  const compared = new Set();

  /**
   * @param {string} name - The package's type, as users name it.
   * @param {ts.Type} ofReleased - The released version's.
   * @param {ts.Type} ofPackage - The package's.
   * @param {ts.Node | undefined} at - Where the package declares it.
   */
  function compare(name, ofReleased, ofPackage, at) {
    if (compared.has(ofPackage)) return;
    compared.add(ofPackage);
    if (
      ofReleased.getCallSignatures().length ||
      ofPackage.getCallSignatures().length
    ) {
      if (!same(ofReleased, ofPackage)) {
        const reason = `its signature ${show(ofReleased)} became ${show(ofPackage)}: code that calls it or implements it fails`;
        report(at, name, reason, show(ofReleased) === show(ofPackage));
      }
      return;
    }
    const [releasedIndex, packageIndex] = [ofReleased, ofPackage].map((type) =>
      checker.getIndexInfosOfType(type).map((info) => show(info.type)),
    );
    if (`${releasedIndex}` !== `${packageIndex}`) {
      const reason = `its index signature went from [${releasedIndex}] to [${packageIndex}]: code that sets or reads another key fails`;
      report(at, name, reason);
    }
    for (const member of checker.getPropertiesOfType(ofReleased)) {
      const counterpart = ofPackage.getProperty(member.name);
      if (!counterpart) {
        const path = `${ownerOf(member, name)}.${member.name}`;
        const reason = `it is gone, or renamed: code that reads or sets ${member.name} fails`;
        report(at, path, reason);
        continue;
      }
      const node = counterpart.declarations?.[0];
      const path = `${ownerOf(counterpart, name)}.${member.name}`;
      const optional = (/** @type {ts.Symbol} */ symbol) =>
        Boolean(symbol.flags & ts.SymbolFlags.Optional);
      if (optional(member) !== optional(counterpart)) {
        const reason = optional(member)
          ? `it became required: code that builds ${anOrA(name)} without it fails`
          : 'it became optional: code that reads it as always there fails';
        report(node, path, reason);
        continue;
      }
      const releasedMember = checker.getTypeOfSymbol(member);
      const packageMember = checker.getTypeOfSymbol(counterpart);
      if (owned(packageMember) && !packageMember.getCallSignatures().length) {
        const type = packageMember.aliasSymbol ?? packageMember.getSymbol();
        compare(
          type?.name ?? path,
          releasedMember,
          packageMember,
          type?.declarations?.[0],
        );
        continue;
      }
      if (same(releasedMember, packageMember)) continue;
      const [shownReleased, shownPackage] = [
        show(releasedMember),
        show(packageMember),
      ];
      const reason = packageMember.getCallSignatures().length
        ? `its signature ${shownReleased} became ${shownPackage}: code that calls it or implements it fails`
        : checker.isTypeAssignableTo(packageMember, releasedMember)
          ? `its type narrowed from ${shownReleased} to ${shownPackage}: code that sets it to a value ${shownPackage} leaves out fails`
          : checker.isTypeAssignableTo(releasedMember, packageMember)
            ? `its type widened from ${shownReleased} to ${shownPackage}: code that reads it as ${shownReleased} fails`
            : `its type changed from ${shownReleased} to ${shownPackage}: code that reads or sets it fails`;
      report(node, path, reason, shownReleased === shownPackage);
    }
    for (const member of checker.getPropertiesOfType(ofPackage)) {
      if (ofReleased.getProperty(member.name)) continue;
      const path = `${ownerOf(member, name)}.${member.name}`;
      const reason = releasedIndex?.length
        ? `it is new, and narrows a key that the index signature of ${name} typed unknown: code that sets ${member.name} to another type, or augments it otherwise, fails`
        : member.flags & ts.SymbolFlags.Optional
          ? `it is new: keyof ${name} gains it, so code that builds a Record<keyof ${name}, …>, or augments ${member.name} otherwise, fails`
          : `it is new and required: code that builds or implements ${anOrA(name)} without it fails`;
      report(member.declarations?.[0], path, reason);
    }
  }

  const packageExports = exportsOf(index);
  for (const [name, symbol] of exportsOf(root)) {
    const counterpart = packageExports.get(name);
    if (!counterpart) {
      const reason =
        'it is gone from the package root: code that imports it fails';
      report(undefined, name, reason);
      continue;
    }
    const [ofReleased, ofPackage] = [symbol, counterpart].map((one) =>
      checker.getDeclaredTypeOfSymbol(one),
    );
    if (ofReleased && ofPackage) {
      compare(name, ofReleased, ofPackage, counterpart.declarations?.[0]);
    }
  }
  const all = [...found.values()];
  // Where a type that others refer to changed, they change with it: the
  // cause is the one of its own.
  const causes = all.some(({ derived }) => !derived)
    ? all.filter(({ derived }) => !derived)
    : all;
  return causes.map(({ location, name, reason }) => ({
    location,
    name,
    reason,
  }));
}
