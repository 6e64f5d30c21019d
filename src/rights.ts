/**
 * The rights of a signed-in user, at their own path.
 *
 * @module
 * @mergeModuleWith <project>
 */

/**
 * What a signed-in user may do in a ballware application: the `rights` of a
 * `MappedSessionWithUserRights`.
 *
 * @remarks
 * It has the shape of the `Rights` of `@ballware/meta-interface`, so a value
 * of either type can be used as the other. The package root does not export
 * it, as an application that re-exports both packages from one module would
 * then export two types of that name. Import it from
 * `@ballware/identity-interface/dist/rights.js`, as the example does, or name
 * it `MappedSessionWithUserRights['rights']`.
 *
 * An augmentation of the `Rights` of `@ballware/meta-interface` does not
 * reach this type: augment this module too.
 *
 * @example
 * ```ts
 * import type { Rights } from '@ballware/identity-interface/dist/rights.js';
 *
 * const rights: Rights = {
 *   Email: 'alice@example.com',
 *   TenantId: '6f1c2b9e-0d4a-4c3e-9b7a-2f5e8d1a4c60',
 *   Claims: ['meta.read'],
 * };
 * ```
 *
 * @since 6.1
 */
export interface Rights {
  /** The user's email address. */
  Email: string;
  /** The user's tenant, if the user belongs to one. */
  TenantId?: string;
  /** The claims granted to the user, each naming a permission. */
  Claims: Array<string>;
}
