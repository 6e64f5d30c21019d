// Not `import type`: declaration files keep their imports as written, and
// TypeScript before 3.8, which 6.0.2 supported, cannot parse `import type`.
import { Rights } from './rights.js';

/**
 * The tokens an OAuth 2.0 token endpoint returns when a user signs in or a
 * session is refreshed.
 *
 * @remarks
 * JSON has no date type: a session that went through `JSON.stringify` comes
 * back from `JSON.parse` with `issued` as an ISO 8601 string, which
 * `StoredSession` describes. Turn it back into a `Date` before you use
 * the value as a `Session`. The example restores a session from storage and
 * works out when its access token expires.
 *
 * @example
 * ```ts
 * import type { Session, StoredSession } from '@ballware/identity-interface';
 *
 * function restore(json: string): Session {
 *   const stored = JSON.parse(json) as StoredSession;
 *   return { ...stored, issued: new Date(stored.issued) };
 * }
 *
 * const session = restore(
 *   '{"access_token":"eyJhbGciOiJSUzI1NiJ9.e30.c2ln","refresh_token":"CfDJ8NrAq7","expires_in":3600,"issued":"2026-11-30T08:00:00.000Z"}',
 * );
 * const expiresAt = new Date(
 *   session.issued.getTime() + session.expires_in * 1000,
 * );
 * ```
 *
 * @since 6.0
 */
export interface Session {
  /** The bearer token that authorizes API requests on the user's behalf. */
  access_token: string;
  /** The token that obtains a new access token without the password. */
  refresh_token: string;
  /** How many seconds after `issued` the access token expires. */
  expires_in: number;
  /** When the identity provider issued the access token. */
  issued: Date;
}

/**
 * A {@link Session} with the claims the identity provider reports about the
 * signed-in user.
 *
 * @remarks
 * Besides `identifier` and `email`, the session carries every other claim of
 * the user info response, typed `unknown`, as the example shows. To give a
 * claim of your application a type, augment this interface in the module
 * that declares it, `@ballware/identity-interface/dist/auth.js`, as the
 * package's README shows under "Type your own claims". Each module of your
 * application may add claims of its own that way.
 *
 * @example
 * ```ts
 * import type { SessionWithUserInfo } from '@ballware/identity-interface';
 *
 * function describe(session: SessionWithUserInfo): string {
 *   // A claim the contract does not name is unknown until checked.
 *   const locale = session['locale'];
 *   const language = typeof locale === 'string' ? locale : 'en';
 *   return `${session.email} (${language})`;
 * }
 * ```
 *
 * @since 6.0
 */
export interface SessionWithUserInfo extends Session, Record<string, unknown> {
  /** The user's subject at the identity provider, such as a user name. */
  identifier: string;
  /** The user's email address; it may equal `identifier`. */
  email: string;
}

/**
 * A {@link SessionWithUserInfo} to which the application has added the user's
 * {@link Rights}, usually in its {@link UserInfoMappingFunc}.
 *
 * @example
 * ```ts
 * import type { MappedSessionWithUserRights } from '@ballware/identity-interface';
 *
 * function mayEdit(session: MappedSessionWithUserRights): boolean {
 *   return session.rights.Claims.includes('meta.write');
 * }
 * ```
 *
 * @since 6.0
 */
export interface MappedSessionWithUserRights extends SessionWithUserInfo {
  /** What the signed-in user may do in the application. */
  rights: Rights;
}

/**
 * The application's function that turns a new session and the user info
 * response into its own session type, typically by adding {@link Rights}.
 * {@link ResourceOwnerAuthApi.login} calls it.
 *
 * @typeParam T - The application's session type.
 * @param sessionWithUserInfo - The new session, with identifier and email.
 * @param userinfo - The claims of the user info response, as the identity
 *   provider sent them: unchecked, so each one is `unknown` until the mapper
 *   has checked it.
 * @returns The session of type `T`. As `T` is chosen by the caller, an
 *   implementation has to assert its result `as T`.
 *
 * @example
 * ```ts
 * import type {
 *   MappedSessionWithUserRights,
 *   SessionWithUserInfo,
 *   UserInfoMappingFunc,
 * } from '@ballware/identity-interface';
 *
 * export const mapUserInfo: UserInfoMappingFunc = <
 *   T extends MappedSessionWithUserRights,
 * >(
 *   session: SessionWithUserInfo,
 *   userinfo: Record<string, unknown>,
 * ): T => {
 *   // A claim is whatever the provider sent: check it before you use it.
 *   const claims = userinfo['right'];
 *   return {
 *     ...session,
 *     rights: {
 *       Email: session.email,
 *       Claims: Array.isArray(claims) ? claims.map(String) : [],
 *     },
 *   } as T;
 * };
 * ```
 *
 * @since 6.0
 */
export type UserInfoMappingFunc = <T extends MappedSessionWithUserRights>(
  sessionWithUserInfo: SessionWithUserInfo,
  userinfo: Record<string, unknown>,
) => T;

/**
 * Signs users in and manages their accounts with the OAuth 2.0 resource owner
 * password flow, in which the application handles the user's password.
 *
 * @remarks
 * This flow is not for browser applications: a browser can keep neither the
 * client secret nor the password from the page. Use it in trusted clients,
 * such as servers and command-line tools.
 *
 * The members are function-typed properties, not methods, so under
 * `strictFunctionTypes` their parameters are checked contravariantly.
 *
 * @example
 * ```ts
 * import type {
 *   MappedSessionWithUserRights,
 *   ResourceOwnerAuthApi,
 *   UserInfoMappingFunc,
 * } from '@ballware/identity-interface';
 *
 * async function signInAndRenew(
 *   api: ResourceOwnerAuthApi,
 *   mapUserInfo: UserInfoMappingFunc,
 * ): Promise<string> {
 *   const session = await api.login<MappedSessionWithUserRights>(
 *     'alice@example.com',
 *     'correct horse battery staple',
 *     'ballware-cli',
 *     'cli-secret',
 *     mapUserInfo,
 *   );
 *   const renewed = await api.refreshToken(
 *     session.refresh_token,
 *     'ballware-cli',
 *     'cli-secret',
 *   );
 *   return renewed.access_token;
 * }
 * ```
 *
 * @since 6.0
 */
export interface ResourceOwnerAuthApi {
  /**
   * Signs a user in, fetches the user info and maps both into a session.
   *
   * @remarks
   * The caller picks `T`, so an implementation cannot build one itself. It
   * calls `userinfoMapper` with the type argument
   * `T & MappedSessionWithUserRights`, whose result is a `T`.
   *
   * @typeParam T - The session type `userinfoMapper` returns.
   * @param email - The user's email address or user name.
   * @param password - The user's password.
   * @param client - The application's client identifier.
   * @param secret - The client's secret.
   * @param userinfoMapper - Builds the session from the user info.
   * @returns The session `userinfoMapper` built.
   */
  login: <T extends SessionWithUserInfo>(
    email: string,
    password: string,
    client: string,
    secret: string,
    userinfoMapper: UserInfoMappingFunc,
  ) => Promise<T>;
  /**
   * Signs a user out by revoking the access token.
   *
   * @param accessToken - The user's access token.
   * @param client - The application's client identifier.
   * @param secret - The client's secret.
   * @returns Resolves once the token is revoked.
   */
  logout: (
    accessToken: string,
    client: string,
    secret: string,
  ) => Promise<void>;
  /**
   * Creates a user account.
   *
   * @param email - The new user's email address.
   * @param password - The new user's password.
   * @param displayname - The name the application shows for the user.
   * @returns Resolves once the account exists.
   */
  register: (
    email: string,
    password: string,
    displayname: string,
  ) => Promise<void>;
  /**
   * Has the identity provider send the user a password reset code.
   *
   * @param email - The email address of the account.
   * @returns Resolves once the request is accepted.
   */
  forgotPassword: (email: string) => Promise<void>;
  /**
   * Sets a new password with a code from {@link ResourceOwnerAuthApi.forgotPassword}.
   *
   * @param email - The email address of the account.
   * @param code - The password reset code.
   * @param newPassword - The new password.
   * @returns Resolves once the password is changed.
   */
  resetPassword: (
    email: string,
    code: string,
    newPassword: string,
  ) => Promise<void>;
  /**
   * Changes the password of a signed-in user.
   *
   * @param accessToken - The user's access token.
   * @param oldPassword - The current password.
   * @param newPassword - The new password.
   * @returns Resolves once the password is changed.
   */
  changePassword: (
    accessToken: string,
    oldPassword: string,
    newPassword: string,
  ) => Promise<void>;
  /**
   * Gets new tokens with a refresh token, without asking for the password.
   *
   * @param refreshToken - The session's refresh token.
   * @param client - The application's client identifier.
   * @param secret - The client's secret.
   * @returns The new tokens, without user info: keep the claims you have.
   */
  refreshToken: (
    refreshToken: string,
    client: string,
    secret: string,
  ) => Promise<Session>;
}
