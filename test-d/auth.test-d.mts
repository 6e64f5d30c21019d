import {
  expectAssignable,
  expectError,
  expectNotAssignable,
  expectType,
} from 'tsd';
import type * as Released from 'ballware-identity-interface-6.0.2';
import type { Rights as MetaRights } from '@ballware/meta-interface';
import type {
  MappedSessionWithUserRights,
  ResourceOwnerAuthApi,
  Rights,
  Session,
  SessionWithUserInfo,
  UserInfoMappingFunc,
} from '@ballware/identity-interface';
import type { Narrowed } from './narrow.mjs';

declare const session: Session;
declare const sessionWithUserInfo: SessionWithUserInfo;
declare const mappedSession: MappedSessionWithUserRights;
declare const rights: Rights;
declare const mapUserInfo: UserInfoMappingFunc;
declare const api: ResourceOwnerAuthApi;
declare function omit<T, K extends keyof T>(value: T, key: K): Omit<T, K>;

const sessionFields = {
  access_token: 'access',
  refresh_token: 'refresh',
  expires_in: 3600,
  issued: new Date('2026-11-30T08:00:00Z'),
};
const userInfoFields = { identifier: 'alice', email: 'alice@example.com' };
const rightsFields = { Email: 'alice@example.com', Claims: ['meta.read'] };

// Session: exactly four required members, with these types.
expectType<{
  access_token: string;
  refresh_token: string;
  expires_in: number;
  issued: Date;
}>(session);
expectAssignable<Session>(sessionFields);
expectError<Session>({ ...sessionFields, access_token: undefined });
expectNotAssignable<Session>({
  ...sessionFields,
  issued: '2026-11-30T08:00:00Z',
});
expectNotAssignable<Session>({ ...sessionFields, expires_in: '3600' });
expectNotAssignable<Session>(omit(sessionFields, 'access_token'));
expectNotAssignable<Session>(omit(sessionFields, 'refresh_token'));
expectNotAssignable<Session>(omit(sessionFields, 'expires_in'));
expectNotAssignable<Session>(omit(sessionFields, 'issued'));
// A plain Session has no index signature, so an object literal with an
// unknown key is a mistake the compiler reports.
expectError<Session>({ ...sessionFields, tenant: 'acme' });

// SessionWithUserInfo: Session, Record<string, unknown> and two more claims.
expectType<{
  [claim: string]: unknown;
  access_token: string;
  refresh_token: string;
  expires_in: number;
  issued: Date;
  identifier: string;
  email: string;
}>(sessionWithUserInfo);
expectAssignable<Session>(sessionWithUserInfo);
expectAssignable<Record<string, unknown>>(sessionWithUserInfo);
expectNotAssignable<SessionWithUserInfo>(session);
expectNotAssignable<SessionWithUserInfo>({ ...sessionFields, email: 'a@b.c' });
expectNotAssignable<SessionWithUserInfo>({
  ...sessionFields,
  identifier: 'alice',
});
// Further claims are accepted and read back as unknown.
expectAssignable<SessionWithUserInfo>({
  ...sessionFields,
  ...userInfoFields,
  tenant: 'acme',
  roles: ['admin'],
});
expectType<unknown>(sessionWithUserInfo['tenant']);
// Why the JSON recipe maps the type instead of using Omit: on a type with an
// index signature, Omit loses the named members.
expectType<unknown>(omit(sessionWithUserInfo, 'issued')['email']);

// MappedSessionWithUserRights: SessionWithUserInfo plus rights.
expectType<Rights>(mappedSession.rights);
expectAssignable<SessionWithUserInfo>(mappedSession);
expectNotAssignable<MappedSessionWithUserRights>(sessionWithUserInfo);
expectAssignable<MappedSessionWithUserRights>({
  ...sessionFields,
  ...userInfoFields,
  rights: rightsFields,
});
expectError<MappedSessionWithUserRights>({
  ...sessionFields,
  ...userInfoFields,
  rights: { Email: 'alice@example.com' },
});

// Rights: Email and Claims required, TenantId optional.
expectType<{ Email: string; TenantId?: string; Claims: Array<string> }>(rights);
expectAssignable<Rights>(rightsFields);
expectAssignable<Rights>({ ...rightsFields, TenantId: 'acme' });
expectNotAssignable<Rights>({ Email: 'alice@example.com' });
expectNotAssignable<Rights>({ Claims: ['meta.read'] });
expectNotAssignable<Rights>({ ...rightsFields, Claims: 'meta.read' });
// Under exactOptionalPropertyTypes an absent tenant is left out, not undefined.
expectError<Rights>({ ...rightsFields, TenantId: undefined });

// UserInfoMappingFunc: generic in the mapped session it returns.
expectType<
  <T extends MappedSessionWithUserRights>(
    sessionWithUserInfo: SessionWithUserInfo,
    userinfo: Record<string, unknown>,
  ) => T
>(mapUserInfo);
interface TenantSession extends MappedSessionWithUserRights {
  tenant: string;
}
expectType<TenantSession>(
  mapUserInfo<TenantSession>(sessionWithUserInfo, { sub: 'alice' }),
);
expectError(mapUserInfo<SessionWithUserInfo>(sessionWithUserInfo, {}));
expectError(mapUserInfo(session, {}));
expectError(mapUserInfo(sessionWithUserInfo));

// ResourceOwnerAuthApi: every member a function of strings.
expectType<
  <T extends SessionWithUserInfo>(
    email: string,
    password: string,
    client: string,
    secret: string,
    userinfoMapper: UserInfoMappingFunc,
  ) => Promise<T>
>(api.login);
expectType<
  (accessToken: string, client: string, secret: string) => Promise<void>
>(api.logout);
expectType<
  (email: string, password: string, displayname: string) => Promise<void>
>(api.register);
expectType<(email: string) => Promise<void>>(api.forgotPassword);
expectType<(email: string, code: string, newPassword: string) => Promise<void>>(
  api.resetPassword,
);
expectType<
  (
    accessToken: string,
    oldPassword: string,
    newPassword: string,
  ) => Promise<void>
>(api.changePassword);
expectType<
  (refreshToken: string, client: string, secret: string) => Promise<Session>
>(api.refreshToken);

expectType<Promise<MappedSessionWithUserRights>>(
  api.login<MappedSessionWithUserRights>('a', 'p', 'c', 's', mapUserInfo),
);
expectType<Promise<SessionWithUserInfo>>(
  api.login('alice@example.com', 'password', 'client', 'secret', mapUserInfo),
);
expectError(api.login('alice@example.com', 'password', 'client', 'secret'));
expectError(api.login<Session>('a', 'p', 'c', 's', mapUserInfo));
expectError(api.logout('token', 'client'));
expectError(api.register('alice@example.com', 'password'));
expectError(api.forgotPassword());
expectError(api.resetPassword('alice@example.com', 'code'));
expectError(api.changePassword('token', 'old'));
expectError(api.refreshToken('refresh', 'client'));
expectError(api.refreshToken('refresh', 'client', 42));

const refreshed = await api.refreshToken('refresh', 'client', 'secret');
expectType<Session>(refreshed);
// A refresh returns tokens only, not the user's claims.
expectNotAssignable<SessionWithUserInfo>(refreshed);

// Members are function-typed properties, not methods: under
// strictFunctionTypes an implementation that accepts only some strings is
// rejected, as it was in 6.0.2.
declare function narrowed<Key extends keyof ResourceOwnerAuthApi>(
  key: Key,
): Narrowed<ResourceOwnerAuthApi, Key>;
expectNotAssignable<ResourceOwnerAuthApi>(narrowed('logout'));
expectNotAssignable<ResourceOwnerAuthApi>(narrowed('register'));
expectNotAssignable<ResourceOwnerAuthApi>(narrowed('forgotPassword'));
expectNotAssignable<ResourceOwnerAuthApi>(narrowed('resetPassword'));
expectNotAssignable<ResourceOwnerAuthApi>(narrowed('changePassword'));
expectNotAssignable<ResourceOwnerAuthApi>(narrowed('refreshToken'));
// login is generic, which NarrowFirst cannot express.
declare const narrowedLogin: Omit<ResourceOwnerAuthApi, 'login'> & {
  login: <T extends SessionWithUserInfo>(
    email: 'one-value-only',
    password: string,
    client: string,
    secret: string,
    userinfoMapper: UserInfoMappingFunc,
  ) => Promise<T>;
};
expectNotAssignable<ResourceOwnerAuthApi>(narrowedLogin);
expectError<ResourceOwnerAuthApi>({ ...api, logout: undefined });

// Drop-in for 6.0.2: every type of this file is assignable both ways.
declare const released: {
  session: Released.Session;
  sessionWithUserInfo: Released.SessionWithUserInfo;
  mappedSession: Released.MappedSessionWithUserRights;
  mapUserInfo: Released.UserInfoMappingFunc;
  api: Released.ResourceOwnerAuthApi;
};
expectAssignable<Released.Session>(session);
expectAssignable<Session>(released.session);
expectAssignable<Released.SessionWithUserInfo>(sessionWithUserInfo);
expectAssignable<SessionWithUserInfo>(released.sessionWithUserInfo);
expectAssignable<Released.MappedSessionWithUserRights>(mappedSession);
expectAssignable<MappedSessionWithUserRights>(released.mappedSession);
expectAssignable<Released.UserInfoMappingFunc>(mapUserInfo);
expectAssignable<UserInfoMappingFunc>(released.mapUserInfo);
expectAssignable<Released.ResourceOwnerAuthApi>(api);
expectAssignable<ResourceOwnerAuthApi>(released.api);

// Rights has the shape of @ballware/meta-interface's Rights.
declare const metaRights: MetaRights;
expectAssignable<MetaRights>(rights);
expectAssignable<Rights>(metaRights);
