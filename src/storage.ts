// Not `import type`, which TypeScript before 3.8 cannot parse.
import { Session } from './auth.js';

/**
 * What `JSON.parse(JSON.stringify(session))` gives for a session of type
 * `T`: `issued` is an ISO 8601 string, because JSON has no dates, and every
 * other member is kept, as is the index signature of a
 * `SessionWithUserInfo`.
 *
 * @remarks
 * Type what you read from storage with it, then turn `issued` back into a
 * `Date`, as the example does. `Omit<T, 'issued'>` is no substitute: on a type
 * with an index signature it drops every named member. Only `issued` changes:
 * a `Date` member you add yourself also comes back as a string, which this
 * type does not know.
 *
 * @typeParam T - The type of the session that was stored.
 *
 * @example
 * ```ts
 * import type {
 *   MappedSessionWithUserRights,
 *   StoredSession,
 * } from '@ballware/identity-interface';
 *
 * export function restore(json: string): MappedSessionWithUserRights {
 *   const stored = JSON.parse(
 *     json,
 *   ) as StoredSession<MappedSessionWithUserRights>;
 *   return { ...stored, issued: new Date(stored.issued) };
 * }
 * ```
 *
 * @since 6.1
 */
export type StoredSession<T extends Session = Session> = {
  [K in keyof T]: K extends 'issued' ? string : T[K];
};
