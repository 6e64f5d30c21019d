import {
  expectAssignable,
  expectError,
  expectNotAssignable,
  expectType,
} from 'tsd';
import type { IdentityUserApi as ReleasedUserApi } from 'ballware-identity-interface-6.0.2';
import type { IdentityUserApi } from '@ballware/identity-interface';
import type { Narrowed } from './narrow.mjs';

declare const userApi: IdentityUserApi;
declare const releasedUserApi: ReleasedUserApi;

expectType<{
  selectListFunc: (token: string) => Promise<Array<Record<string, unknown>>>;
  selectByIdFunc: (
    token: string,
    identifier: string,
  ) => Promise<Record<string, unknown>>;
}>(userApi);
expectType<Array<Record<string, unknown>>>(
  await userApi.selectListFunc('token'),
);
expectType<Record<string, unknown>>(
  await userApi.selectByIdFunc('token', 'alice'),
);
expectError(userApi.selectListFunc());
expectError(userApi.selectByIdFunc('token'));
expectError(userApi.selectByIdFunc('token', 42));
expectError<IdentityUserApi>({ selectListFunc: userApi.selectListFunc });
expectError<IdentityUserApi>({ selectByIdFunc: userApi.selectByIdFunc });

// Function-typed properties, not methods: an implementation that accepts only
// some tokens is rejected under strictFunctionTypes.
expectNotAssignable<IdentityUserApi>(
  {} as Narrowed<IdentityUserApi, 'selectListFunc'>,
);
expectNotAssignable<IdentityUserApi>(
  {} as Narrowed<IdentityUserApi, 'selectByIdFunc'>,
);

// Drop-in for 6.0.2: assignable both ways.
expectAssignable<ReleasedUserApi>(userApi);
expectAssignable<IdentityUserApi>(releasedUserApi);
