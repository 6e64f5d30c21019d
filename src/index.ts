/**
 * Types that describe an authenticated session in a ballware application and
 * the identity provider APIs built on it.
 *
 * @packageDocumentation
 */
export * from './auth.js';
export * from './role.js';
export * from './user.js';
