/**
 * Looks up the users of the identity provider, for example to let an
 * administrator pick one. The records are as the provider returns them.
 *
 * @example
 * ```ts
 * import type { IdentityUserApi } from '@ballware/identity-interface';
 *
 * export async function userNames(
 *   userApi: IdentityUserApi,
 *   accessToken: string,
 * ): Promise<string[]> {
 *   const users = await userApi.selectListFunc(accessToken);
 *   return users.map((user) => String(user['Name'] ?? user['Id']));
 * }
 * ```
 *
 * @since 6.0
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
