// Under strictFunctionTypes a function-typed property checks its parameters
// contravariantly, while a method checks them bivariantly. The type tests use
// these types to tell the two apart: a member whose first parameter is
// narrowed to a single string must no longer fit a property.

/** `F` with its first parameter narrowed from `string` to one literal. */
type NarrowFirst<F> = F extends (
  first: string,
  ...rest: infer Rest
) => infer Result
  ? (first: 'one-value-only', ...rest: Rest) => Result
  : never;

/** `Api` with the member `Key` narrowed by `NarrowFirst`. */
export type Narrowed<Api, Key extends keyof Api> = Omit<Api, Key> & {
  [Member in Key]: NarrowFirst<Api[Member]>;
};
