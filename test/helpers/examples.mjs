// The examples of the README and of the TSDoc comments of src/, which the
// reference shows, as sources, each at the line its code starts on, with
// the TypeScript feature it needs, if any.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import * as repository from '../../harness/repository.mjs';
import * as markdown from './markdown.mjs';

/**
 * An example, and the feature of TypeScript it needs, if any: `import type`,
 * or JSDoc's `@import`.
 *
 * @typedef {import('../../harness/programs.mjs').Source & { needs?: import('../../harness/compilers.mjs').Feature }} Example
 */

/**
 * @param {string} file - A repository file.
 * @param {Array<{ tokens: markdown.Token[], offset: number }>} parts - Its
 *   markdown, each with the line it starts after.
 * @returns {Example[]} The TypeScript and JavaScript code blocks, named
 *   after the file and numbered.
 */
function examplesOf(file, parts) {
  const blocks = parts.flatMap(({ tokens, offset }) =>
    markdown
      .codeBlocks(tokens)
      .filter(({ language }) => language === 'ts' || language === 'js')
      .map((block) => ({ ...block, line: offset + block.line })),
  );
  return blocks.map(({ language, code, line }, index) => {
    const name = `${file.replace(/\W+/g, '-')}-${index + 1}.${language}`;
    /** @type {Example} */
    const example = { name, text: code, file, line };
    if (/^import type /m.test(code)) example.needs = 'typeOnlyImports';
    if (/^\s*\/\*\* @import /m.test(code)) example.needs = 'jsDocImport';
    return example;
  });
}

export const readmeExamples = examplesOf('README.md', [
  { tokens: markdown.readme, offset: 0 },
]);

/**
 * The examples of src/. typedoc's validation makes each `@example` start
 * with its code block, on the line after the tag.
 *
 * @returns {Promise<Example[]>}
 */
export async function tsdocExamples() {
  const names = await readdir(join(repository.root, 'src'));
  const examples = names
    .filter((name) => !name.endsWith('.d.ts'))
    .map(async (name) => {
      const file = `src/${name}`;
      const text = await readFile(join(repository.root, file), 'utf8');
      const source = ts.createSourceFile(
        file,
        text,
        ts.ScriptTarget.Latest,
        true,
      );
      /** @type {Map<number, { tokens: markdown.Token[], offset: number }>} */
      const parts = new Map();
      /** @param {ts.Node} node */
      const visit = (node) => {
        for (const tag of ts.getJSDocTags(node)) {
          if (tag.tagName.text !== 'example') continue;
          const comment = ts.getTextOfJSDocComment(tag.comment) ?? '';
          const { line } = source.getLineAndCharacterOfPosition(tag.pos);
          // One tag can belong to more than one node.
          parts.set(tag.pos, {
            tokens: markdown.parse(comment),
            offset: line + 1,
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return examplesOf(file, [...parts.values()]);
    });
  return (await Promise.all(examples)).flat();
}
