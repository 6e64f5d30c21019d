/**
 * Types that describe an authenticated session in a ballware application and
 * the identity provider APIs built on it.
 *
 * @packageDocumentation
 */
export * from './auth.js';
export * from './claims.js';
export * from './rights.js';
export * from './role.js';
export * from './storage.js';
export * from './user.js';
