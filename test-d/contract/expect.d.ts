// Type-level assertions in the style of expect-type, for the cases beside
// this file. They are global, so that no case needs an import whose form
// differs between module formats, and they use nothing newer than TypeScript
// 3.8, so that every compiler of the matrix can check the cases.

/**
 * `true` when `A` and `B` are the same type, down to which members are
 * optional or readonly, else `false`. It does not tell a method from a
 * function-typed property: `IsAProperty` does.
 */
type Equal<A, B> =
  (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2
    ? true
    : false;

/**
 * `T` as one object type, so that `Equal` can compare an intersection of
 * parts with an interface.
 */
type Flat<T> = { [Key in keyof T]: T[Key] };

/** `true` when a value of type `From` can be used as a `To`, else `false`. */
type IsAssignable<From, To> = [From] extends [To] ? true : false;

/** Compiles only when `T` is `true`. */
type Expect<T extends true> = T;

/** Compiles only when `T` is `false`. */
type ExpectNot<T extends false> = T;

/**
 * `true` when the member `Key` of `Api` is a function-typed property, whose
 * parameters strictFunctionTypes checks contravariantly, and `false` when it
 * is a method, whose parameters are checked bivariantly: an implementation
 * that takes only one value where `Api` promises any string fits a method
 * but not a property.
 */
type IsAProperty<Api, Key extends keyof Api> =
  IsAssignable<
    Omit<Api, Key> & {
      [Member in Key]: Api[Member] extends (
        first: string,
        ...rest: infer Rest
      ) => infer Result
        ? (first: 'one-value-only', ...rest: Rest) => Result
        : never;
    },
    Api
  > extends true
    ? false
    : true;

/**
 * `true` when the program compiles under exactOptionalPropertyTypes, in which
 * an optional member may be left out but not set to `undefined`.
 */
type ExactOptionalPropertyTypes =
  IsAssignable<{ a: undefined }, { a?: string }> extends true ? false : true;

/**
 * Compiles only when `T` is `false`, in a program under
 * exactOptionalPropertyTypes; elsewhere, where such a case cannot hold, it
 * always compiles.
 */
type ExpectNotUnderExactOptional<
  T extends (ExactOptionalPropertyTypes extends true ? false : boolean),
> = T;
