/**
 * Looks up the roles of the identity provider, for example to let an
 * administrator assign one. The records are as the provider returns them.
 *
 * @example
 * ```ts
 * import type { IdentityRoleApi } from '@ballware/identity-interface';
 *
 * async function roleName(
 *   roleApi: IdentityRoleApi,
 *   accessToken: string,
 *   roleId: string,
 * ): Promise<string> {
 *   const role = await roleApi.selectByIdFunc(accessToken, roleId);
 *   return typeof role['Name'] === 'string' ? role['Name'] : roleId;
 * }
 * ```
 *
 * @since 6.0
 */
export interface IdentityRoleApi {
  /**
   * Lists the roles the caller may see.
   *
   * @param token - The caller's access token.
   * @returns A record per role.
   */
  selectListFunc: (token: string) => Promise<Array<Record<string, unknown>>>;
  /**
   * Fetches a role by identifier.
   *
   * @param token - The caller's access token.
   * @param identifier - The role's identifier.
   * @returns The role's record.
   */
  selectByIdFunc: (
    token: string,
    identifier: string,
  ) => Promise<Record<string, unknown>>;
}
