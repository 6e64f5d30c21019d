// @ts-check
// typedoc validates that members and parameters are documented, but not that a
// function says what it returns; this plugin adds that check as a warning, so
// that treatWarningsAsErrors makes a missing @returns fail the build.
import { Application, ReflectionKind } from 'typedoc';

/** @param {Application} app */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    for (const signature of project.getReflectionsByKind(
      ReflectionKind.CallSignature,
    )) {
      // A function-typed property or type alias keeps its signature in an
      // anonymous type literal; name the declaration that owns it instead.
      let owner = signature.parent;
      while (owner?.kindOf(ReflectionKind.TypeLiteral)) owner = owner.parent;
      const comment = signature.comment ?? owner?.comment;
      if (!comment?.getTag('@returns')) {
        app.logger.warn(
          `${(owner ?? signature).getFriendlyFullName()} has no @returns tag`,
        );
      }
    }
  });
}
