// What IdentityUserApi and IdentityRoleApi each promise, as they have one
// shape. Global, as the helpers of expect.d.ts are.

/** The shape both directory APIs have. */
type Directory = {
  selectListFunc: (token: string) => Promise<Array<Record<string, unknown>>>;
  selectByIdFunc: (
    token: string,
    identifier: string,
  ) => Promise<Record<string, unknown>>;
};

/** A case per promise, `true` when `Api` keeps it. */
type DirectoryCases<Api> = {
  hasTheDirectoryShape: Equal<Api, Directory>;
  // Function-typed properties, not methods: an implementation that accepts
  // only some tokens is rejected under strictFunctionTypes.
  listIsAProperty: IsAProperty<Api, 'selectListFunc' & keyof Api>;
  lookupIsAProperty: IsAProperty<Api, 'selectByIdFunc' & keyof Api>;
};

/** Every directory case kept. */
type KeptDirectoryCases = { [Case in keyof DirectoryCases<unknown>]: true };
