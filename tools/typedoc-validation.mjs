// @ts-check
// What typedoc does not check of the comments, as warnings, which
// treatWarningsAsErrors turns into a failed build: every export has a
// summary and an example, every function says what it returns, and every
// example starts with its code block, so that a hover shows code as code.
import { Application, ReflectionKind } from 'typedoc';

/** @param {Application} app */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    /** @param {string} message */
    const warn = (message) => app.logger.warn(message);

    for (const exported of project.children ?? []) {
      const name = exported.getFriendlyFullName();
      const comment = exported.comment;
      if (!comment?.summary.some((part) => part.text.trim() !== '')) {
        warn(`${name} has no summary`);
      }
      if (!comment?.getTag('@example')) warn(`${name} has no @example`);
    }

    for (const reflection of project.getReflectionsByKind(ReflectionKind.All)) {
      for (const example of reflection.comment?.getTags('@example') ?? []) {
        const first = example.content.find((part) => part.text.trim() !== '');
        if (first?.kind !== 'code' || !first.text.startsWith('```')) {
          warn(
            `${reflection.getFriendlyFullName()}: an @example starts with ` +
              'its code block; a caption goes into the text above it',
          );
        }
      }
    }

    for (const signature of project.getReflectionsByKind(
      ReflectionKind.CallSignature,
    )) {
      // A function-typed property or type alias keeps its signature in an
      // anonymous type literal; name the declaration that owns it instead.
      let owner = signature.parent;
      while (owner?.kindOf(ReflectionKind.TypeLiteral)) owner = owner.parent;
      const comment = signature.comment ?? owner?.comment;
      if (!comment?.getTag('@returns')) {
        warn(`${(owner ?? signature).getFriendlyFullName()} has no @returns`);
      }
    }
  });
}
