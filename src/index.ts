/**
 * Types that describe an authenticated session in a ballware application and
 * the identity provider APIs built on it.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */
export * from './auth.js';
export * from './claims.js';
// Not `./rights.js`: @ballware/meta-interface exports a `Rights` too, and an
// application that re-exports both packages from one module would fail with
// TS2308 on the name.
export * from './role.js';
export * from './storage.js';
export * from './user.js';
