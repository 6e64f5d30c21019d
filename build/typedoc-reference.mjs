// @ts-check
// Keeps the addresses of the 6.0 reference, which links and bookmarks still
// follow: docs/README.md, the index docs/modules.md with the type aliases,
// and a page per interface, named in lower case, as GitHub's paths are
// case-sensitive. Says on each type's page or section where to import it
// from, and makes docs/README.md the package's front page: what it is, how
// to install it, where each type comes from and since when, and where the
// upgrade notes and the changelog are.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { slug } from 'github-slugger';
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';
import { MarkdownPageEvent, MemberRouter } from 'typedoc-plugin-markdown';

/** @typedef {import('typedoc').CommentDisplayPart} Part */
/** @typedef {import('typedoc').DeclarationReflection} Declaration */

/** @param {string} text @returns {Part} */
const text = (text) => ({ kind: 'text', text });

/** @param {string} language @param {string} code @returns {Part} */
const codeBlock = (language, code) => ({
  kind: 'code',
  text: `\`\`\`${language}\n${code}\n\`\`\``,
});

/** @param {Declaration} target @returns {Part} A link to its page. */
const link = (target) => ({
  kind: 'inline-tag',
  tag: '@link',
  text: target.name,
  target,
});

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.defineRouter(
    'lowercase',
    class extends MemberRouter {
      /** @param {import('typedoc').Reflection} reflection */
      getIdealBaseName(reflection) {
        const name = super.getIdealBaseName(reflection);
        const project = reflection.kindOf(ReflectionKind.Project);
        return project ? name : name.toLowerCase();
      }
    },
  );
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    ({ project }) => {
      /** @type {{ name: string }} */
      const { name: packageName } = JSON.parse(
        readFileSync('package.json', 'utf8'),
      );
      /** @type {Array<{ type: Declaration, from: string }>} */
      const types = [];
      /** @type {Part[]} */
      let summary = [];
      const modules = /** @type {Declaration[]} */ (
        project.getReflectionsByKind(ReflectionKind.Module)
      );
      for (const module of modules) {
        // The root's entry point is src/index.ts; another, src/<name>.ts, is
        // at the path of its declarations, dist/<name>.js.
        const file = basename(module.sources?.[0]?.fileName ?? '', '.ts');
        const root = file === 'index';
        const from = root ? packageName : `${packageName}/dist/${file}.js`;
        if (root || !summary.length) summary = module.comment?.summary ?? [];
        for (const type of module.children ?? []) {
          types.push({ type, from });
          type.comment ??= new Comment();
          const code = `import type { ${type.name} } from '${from}';`;
          type.comment.blockTags.unshift(
            new CommentTag('@import', [codeBlock('ts', code)]),
          );
          if (!root) {
            const kind = ReflectionKind.pluralString(type.kind);
            type.comment.blockTags.push(
              new CommentTag('@group', [text(`${kind} at ${from}`)]),
            );
          }
        }
      }
      types.sort((a, b) => a.type.name.localeCompare(b.type.name));
      // What merging the entry points into the project drops.
      project.comment = new Comment(Comment.cloneDisplayParts(summary));
      project.readme = frontPage(packageName, summary, types);
    },
    // Before typedoc merges the entry points, which drops their comments.
    20000,
  );
  // The front page is rendered as the project, whose page is the index: a
  // link to an anchor of the index comes out as one of the front page.
  app.renderer.on(MarkdownPageEvent.END, (page) => {
    if (page.url !== 'README.md' || !page.contents) return;
    const index = app.options.getValue('modulesFileName');
    page.contents = page.contents.replaceAll('](#', `](${index}.md#`);
  });
}

/**
 * @param {string} packageName
 * @param {Part[]} summary - The package's, from its root's entry point.
 * @param {Array<{ type: Declaration, from: string }>} types
 * @returns {Part[]} docs/README.md.
 */
function frontPage(packageName, summary, types) {
  const readme = readFileSync('README.md', 'utf8');
  const upgrading = /^## (Upgrading from .*)$/m.exec(readme)?.[1] ?? '';
  const since = (/** @type {Declaration} */ type) =>
    Comment.combineDisplayParts(type.comment?.getTag('@since')?.content);
  return [
    text(`# ${packageName}\n\n`),
    ...Comment.cloneDisplayParts(summary),
    text('\n\n## Install\n\n'),
    codeBlock('sh', `npm install ${packageName}`),
    text('\n\n## Import\n\nImport each type with `import type`, or with a '),
    text(
      'plain `import` before TypeScript 3.8, from the path the table gives: ',
    ),
    text('the package root, or a path of its own.\n\n'),
    text('| Type | Import from | Since |\n| --- | --- | --- |\n'),
    ...types.flatMap(({ type, from }) => [
      text('| '),
      link(type),
      text(` | \`${from}\` | ${since(type)} |\n`),
    ]),
    text('\n## More\n\n'),
    text('- How the types relate: [the index](modules.md).\n'),
    text(`- ${upgrading}: the package's `),
    text(`[upgrade notes](../README.md#${slug(upgrading)}).\n`),
    text('- What changed in each version: [CHANGELOG](../CHANGELOG.md).'),
  ];
}
