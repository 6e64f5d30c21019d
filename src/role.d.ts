// What the path of 6.0.2's TypeScript source src/role resolves to now.
export * from '../dist/role.js';
