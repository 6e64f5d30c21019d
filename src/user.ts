/**
 * Looks up the users of the identity provider, for example to let an
 * administrator pick one. The records are as the provider returns them.
 *
 * The example implements it in memory, as a test double would.
 *
 * @example
 * ```ts
 * import type { IdentityUserApi } from '@ballware/identity-interface';
 *
 * const users: Array<Record<string, unknown>> = [{ Id: 'alice', Name: 'Alice' }];
 *
 * const userApi: IdentityUserApi = {
 *   selectListFunc: async () => users,
 *   selectByIdFunc: async (_token, identifier) => {
 *     const user = users.find((candidate) => candidate['Id'] === identifier);
 *     if (!user) throw new Error(`No user ${identifier}`);
 *     return user;
 *   },
 * };
 * ```
 */
export interface IdentityUserApi {
  /**
   * Lists the users the caller may see.
   *
   * @param token - The caller's access token.
   * @returns A record per user.
   */
  selectListFunc: (token: string) => Promise<Array<Record<string, unknown>>>;
  /**
   * Fetches a user by identifier.
   *
   * @param token - The caller's access token.
   * @param identifier - The user's identifier.
   * @returns The user's record.
   */
  selectByIdFunc: (
    token: string,
    identifier: string,
  ) => Promise<Record<string, unknown>>;
}
