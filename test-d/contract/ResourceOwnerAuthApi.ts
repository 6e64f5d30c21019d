import {
  MappedSessionWithUserRights,
  ResourceOwnerAuthApi,
  Session,
  UserInfoMappingFunc,
} from '@ballware/identity-interface';

declare const api: ResourceOwnerAuthApi;
declare const mapUserInfo: UserInfoMappingFunc;

const signedIn: Promise<MappedSessionWithUserRights> = api.login(
  'alice@example.com',
  'secret',
  'cli',
  'cli-secret',
  mapUserInfo,
);
const renewed: Promise<Session> = api.refreshToken('refresh', 'cli', 'key');
// @ts-expect-error -- login needs a mapper
api.login('alice@example.com', 'secret', 'cli', 'cli-secret');
// @ts-expect-error -- the session login gives has user info
api.login<Session>('alice@example.com', 'secret', 'cli', 'key', mapUserInfo);
// @ts-expect-error -- the client secret is a string
api.refreshToken('refresh', 'cli', 42);
// @ts-expect-error -- every member is required
const noLogout: ResourceOwnerAuthApi = { ...api, logout: undefined };

// Its members are properties, whose parameters strictFunctionTypes checks:
// a logout for one token only cannot sign out anyone else.
const logoutAdmin = (token: 'admin-token', client: string, secret: string) =>
  api.logout(token, client, secret);
const forAdmin = { ...api, logout: logoutAdmin };
// @ts-expect-error -- logout must take every token
const adminOnly: ResourceOwnerAuthApi = forAdmin;
