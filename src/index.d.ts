// What the path of 6.0.2's TypeScript source src/index resolves to now.
export * from '../dist/index.js';
