// @ts-check
// Keeps the addresses of the 6.0 reference, which links and bookmarks still
// follow: docs/README.md, the index docs/modules.md with the type aliases,
// and a page per interface, named in lower case, as GitHub's paths are
// case-sensitive.
import { Comment, Converter, ReflectionKind } from 'typedoc';
import { MemberRouter } from 'typedoc-plugin-markdown';

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
  // Each entry point merges into the project: the summary of the one that
  // has one describes the package, atop the index and in docs/README.md.
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    ({ project }) => {
      const [summary = []] = project
        .getReflectionsByKind(ReflectionKind.Module)
        .map((module) => module.comment?.summary ?? [])
        .filter((parts) => parts.length);
      const index = app.options.getValue('modulesFileName');
      const link = `\n\nThe types, and how they relate: [${index}](${index}.md).`;
      project.comment = new Comment(Comment.cloneDisplayParts(summary));
      project.readme = [
        ...Comment.cloneDisplayParts(summary),
        { kind: 'text', text: link },
      ];
    },
    // Before typedoc merges the entry points, which drops their comments.
    20000,
  );
}
