import {
  expectAssignable,
  expectError,
  expectNotAssignable,
  expectType,
} from 'tsd';
import type { IdentityRoleApi as ReleasedRoleApi } from 'ballware-identity-interface-6.0.2';
import type { IdentityRoleApi } from '@ballware/identity-interface';
import type { Narrowed } from './narrow.mjs';

declare const roleApi: IdentityRoleApi;
declare const releasedRoleApi: ReleasedRoleApi;

expectType<{
  selectListFunc: (token: string) => Promise<Array<Record<string, unknown>>>;
  selectByIdFunc: (
    token: string,
    identifier: string,
  ) => Promise<Record<string, unknown>>;
}>(roleApi);
expectType<Array<Record<string, unknown>>>(
  await roleApi.selectListFunc('token'),
);
expectType<Record<string, unknown>>(
  await roleApi.selectByIdFunc('token', 'admin'),
);
expectError(roleApi.selectListFunc());
expectError(roleApi.selectByIdFunc('token'));
expectError(roleApi.selectByIdFunc('token', 42));
expectError<IdentityRoleApi>({ selectListFunc: roleApi.selectListFunc });
expectError<IdentityRoleApi>({ selectByIdFunc: roleApi.selectByIdFunc });

// Function-typed properties, not methods: an implementation that accepts only
// some tokens is rejected under strictFunctionTypes.
expectNotAssignable<IdentityRoleApi>(
  {} as Narrowed<IdentityRoleApi, 'selectListFunc'>,
);
expectNotAssignable<IdentityRoleApi>(
  {} as Narrowed<IdentityRoleApi, 'selectByIdFunc'>,
);

// Drop-in for 6.0.2: assignable both ways.
expectAssignable<ReleasedRoleApi>(roleApi);
expectAssignable<IdentityRoleApi>(releasedRoleApi);
