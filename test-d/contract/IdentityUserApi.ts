import type {
  IdentityRoleApi,
  IdentityUserApi,
} from '@ballware/identity-interface';

/** The shape both directory APIs have. */
type Directory = {
  selectListFunc: (token: string) => Promise<Array<Record<string, unknown>>>;
  selectByIdFunc: (
    token: string,
    identifier: string,
  ) => Promise<Record<string, unknown>>;
};

/**
 * What IdentityUserApi and IdentityRoleApi each promise: a case per member,
 * `true` when the promise is kept.
 */
type DirectoryCases<Api> = {
  hasTheDirectoryShape: Equal<Api, Directory>;
  // Function-typed properties, not methods: an implementation that accepts
  // only some tokens is rejected under strictFunctionTypes.
  listIsAProperty: IsAProperty<Api, 'selectListFunc' & keyof Api>;
  lookupIsAProperty: IsAProperty<Api, 'selectByIdFunc' & keyof Api>;
};
type Kept = { [Case in keyof DirectoryCases<unknown>]: true };

const userApi: DirectoryCases<IdentityUserApi> = {} as Kept;
const roleApi: DirectoryCases<IdentityRoleApi> = {} as Kept;
