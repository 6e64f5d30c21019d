// @ts-check
// What typedoc does not check of the comments, as warnings, which
// treatWarningsAsErrors turns into a failed build: every export has a
// summary, an example and the version that added it, every function says
// what it returns, and every example starts with its code block, so that a
// hover shows code as code. Each warning starts with the file and line of
// the declaration it is about.
import { Application, ReflectionKind } from 'typedoc';

/** @param {Application} app */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    /**
     * @param {import('typedoc').Reflection} reflection
     * @param {string} message
     */
    const warn = (reflection, message) => {
      // A function-typed property or type alias keeps its signature in an
      // anonymous type literal; name the declaration that owns it instead.
      let owner = reflection;
      while (
        owner.parent &&
        owner.kindOf(ReflectionKind.TypeLiteral | ReflectionKind.CallSignature)
      ) {
        owner = owner.parent;
      }
      const { sources: [source] = [] } =
        /** @type {import('typedoc').DeclarationReflection} */ (owner);
      const at = source ? `${source.fileName}:${source.line}: ` : '';
      app.logger.warn(`${at}${owner.getFriendlyFullName()} ${message}`);
    };

    for (const exported of project.children ?? []) {
      const comment = exported.comment;
      if (!comment?.summary.some((part) => part.text.trim() !== '')) {
        warn(exported, 'has no summary');
      }
      if (!comment?.getTag('@example')) warn(exported, 'has no @example');
      if (!comment?.getTag('@since')) {
        warn(exported, 'has no @since with the version that added it');
      }
    }

    for (const reflection of project.getReflectionsByKind(ReflectionKind.All)) {
      for (const example of reflection.comment?.getTags('@example') ?? []) {
        const first = example.content.find((part) => part.text.trim() !== '');
        if (first?.kind !== 'code' || !first.text.startsWith('```')) {
          warn(
            reflection,
            'has an @example that does not start with its code block; a ' +
              'caption goes into the text above it',
          );
        }
      }
    }

    for (const signature of project.getReflectionsByKind(
      ReflectionKind.CallSignature,
    )) {
      const comment = signature.comment ?? signature.parent?.parent?.comment;
      if (!comment?.getTag('@returns')) warn(signature, 'has no @returns');
    }
  });
}
