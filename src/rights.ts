/**
 * What a signed-in user may do in a ballware application. It has the shape of
 * the `Rights` of `@ballware/meta-interface`, so a value of either type can
 * be used as the other.
 *
 * @example
 * ```ts
 * import type { Rights } from '@ballware/identity-interface';
 *
 * const rights: Rights = {
 *   Email: 'alice@example.com',
 *   TenantId: '6f1c2b9e-0d4a-4c3e-9b7a-2f5e8d1a4c60',
 *   Claims: ['meta.read'],
 * };
 * ```
 */
export interface Rights {
  /** The user's email address. */
  Email: string;
  /** The user's tenant, if the user belongs to one. */
  TenantId?: string;
  /** The claims granted to the user, each naming a permission. */
  Claims: Array<string>;
}
