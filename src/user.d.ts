// What the path of 6.0.2's TypeScript source src/user resolves to now.
export * from '../dist/user.js';
