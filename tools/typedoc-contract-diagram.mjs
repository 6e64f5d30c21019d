// @ts-check
// Draws the contract as a Mermaid class diagram at the top of the API
// reference: which type extends which, which member holds which type, and
// what each function takes and gives back. It is made from the reflections
// the pages are made from, so it follows every type that is added, renamed
// or removed.
import {
  Comment,
  Converter,
  makeRecursiveVisitor,
  ReflectionKind,
} from 'typedoc';

/** @typedef {import('typedoc').ProjectReflection} ProjectReflection */
/** @typedef {import('typedoc').SomeType} SomeType */
/** @typedef {import('typedoc').TypeParameterReflection} TypeParameterReflection */

/**
 * The diagram's Mermaid source.
 *
 * @param {ProjectReflection} project
 * @returns {string}
 */
function contractDiagram(project) {
  const declarations = (project.children ?? [])
    .filter((child) =>
      child.kindOf(ReflectionKind.Interface | ReflectionKind.TypeAlias),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  const names = new Set(declarations.map((declaration) => declaration.name));

  /**
   * The exported types `type` refers to; a type parameter of `parameters`
   * stands for its constraint.
   *
   * @param {SomeType | undefined} type
   * @param {TypeParameterReflection[]} parameters
   * @returns {string[]}
   */
  const referenced = (type, parameters) => {
    /** @type {string[]} */
    const found = [];
    type?.visit(
      makeRecursiveVisitor({
        reference(reference) {
          if (reference.refersToTypeParameter) {
            const parameter = parameters.find(
              (candidate) => candidate.name === reference.name,
            );
            found.push(...referenced(parameter?.type, []));
          } else if (
            reference.reflection?.parent === project &&
            names.has(reference.name)
          ) {
            found.push(reference.name);
          }
        },
      }),
    );
    return found;
  };

  /** @type {string[]} */
  const relations = [];
  /**
   * @param {string} relation - Such as `A <|-- B`.
   * @param {string} [label]
   */
  const relate = (relation, label) => {
    const line = label ? `${relation} : ${label}` : relation;
    if (!relations.includes(line)) relations.push(line);
  };

  /**
   * What a member of `owner`, or the type alias `owner` itself when `member`
   * is empty, refers to: a function what it takes and gives back, any other
   * type the types it holds.
   *
   * @param {string} owner
   * @param {string} member
   * @param {SomeType | undefined} type
   */
  const relateType = (owner, member, type) => {
    const signatures =
      type?.type === 'reflection' ? type.declaration.signatures : undefined;
    if (!signatures) {
      for (const target of referenced(type, [])) {
        relate(`${owner} --> ${target}`, member);
      }
      return;
    }
    const verb = (/** @type {string} */ word) =>
      member ? `${member} ${word}` : word;
    for (const signature of signatures) {
      const parameters = signature.typeParameters ?? [];
      for (const parameter of signature.parameters ?? []) {
        for (const target of referenced(parameter.type, parameters)) {
          relate(`${owner} ..> ${target}`, verb('takes'));
        }
      }
      for (const target of referenced(signature.type, parameters)) {
        relate(`${owner} ..> ${target}`, verb('gives back'));
      }
    }
  };

  const classes = [];
  for (const declaration of declarations) {
    const { name } = declaration;
    if (declaration.kindOf(ReflectionKind.TypeAlias)) {
      classes.push(`class ${name}`, `<<type>> ${name}`);
      for (const parameter of declaration.typeParameters ?? []) {
        for (const target of referenced(parameter.type, [])) {
          relate(`${name} ..> ${target}`, `${parameter.name} extends`);
        }
      }
      relateType(name, '', declaration.type);
    } else {
      classes.push(`class ${name}`);
      for (const base of declaration.extendedTypes ?? []) {
        for (const target of referenced(base, [])) {
          relate(`${target} <|-- ${name}`);
        }
      }
      for (const member of declaration.children ?? []) {
        if (!member.inheritedFrom) relateType(name, member.name, member.type);
      }
    }
  }
  return ['classDiagram', ...classes, ...relations]
    .map((line, index) => (index === 0 ? line : `  ${line}`))
    .join('\n');
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const { project } = context;
    const comment = project.comment ?? new Comment();
    comment.summary.push(
      { kind: 'text', text: '\n\nHow the types relate:\n\n' },
      {
        kind: 'code',
        text: `\`\`\`mermaid\n${contractDiagram(project)}\n\`\`\``,
      },
    );
    project.comment = comment;
  });
}
