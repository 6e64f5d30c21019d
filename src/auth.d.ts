// What the path of 6.0.2's TypeScript source src/auth resolves to now.
export * from '../dist/auth.js';
