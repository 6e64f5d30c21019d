import type {
  ResourceOwnerAuthApi,
  Session,
  SessionWithUserInfo,
  UserInfoMappingFunc,
} from '@ballware/identity-interface';

declare const api: ResourceOwnerAuthApi;
declare const mapUserInfo: UserInfoMappingFunc;

// ResourceOwnerAuthApi: every member a function of strings. The compiler
// compares parameters by position, not by name.
type S = string;
type Done = Promise<void>;
type ApiIsExact = Expect<
  Equal<
    ResourceOwnerAuthApi,
    {
      login: <T extends SessionWithUserInfo>(
        email: S,
        password: S,
        client: S,
        secret: S,
        userinfoMapper: UserInfoMappingFunc,
      ) => Promise<T>;
      logout: (accessToken: S, client: S, secret: S) => Done;
      register: (email: S, password: S, displayname: S) => Done;
      forgotPassword: (email: S) => Done;
      resetPassword: (email: S, code: S, newPassword: S) => Done;
      changePassword: (accessToken: S, oldPassword: S, newPassword: S) => Done;
      refreshToken: (refreshToken: S, client: S, secret: S) => Promise<Session>;
    }
  >
>;

// @ts-expect-error -- login needs a mapper
api.login('a', 'p', 'c', 's');
// @ts-expect-error -- the session login gives has user info
api.login<Session>('a', 'p', 'c', 's', mapUserInfo);
// @ts-expect-error -- the client secret is a string
api.refreshToken('refresh', 'client', 42);
// @ts-expect-error -- every member is required
const noLogout: ResourceOwnerAuthApi = { ...api, logout: undefined };

// Members are function-typed properties, not methods: under
// strictFunctionTypes an implementation that accepts only some strings is
// rejected, as it was in 6.0.2.
const membersAreProperties: {
  [Member in Exclude<keyof ResourceOwnerAuthApi, 'login'>]: IsAProperty<
    ResourceOwnerAuthApi,
    Member
  >;
} = {
  logout: true,
  register: true,
  forgotPassword: true,
  resetPassword: true,
  changePassword: true,
  refreshToken: true,
};
// login is generic, which IsAProperty cannot narrow; narrow it by hand.
type AfterEmail = ResourceOwnerAuthApi['login'] extends (
  email: string,
  ...rest: infer Rest
) => unknown
  ? Rest
  : never;
type NarrowedLogin = Omit<ResourceOwnerAuthApi, 'login'> & {
  login: <T extends SessionWithUserInfo>(
    email: 'one-value-only',
    ...rest: AfterEmail
  ) => Promise<T>;
};
type LoginIsAProperty = ExpectNot<
  IsAssignable<NarrowedLogin, ResourceOwnerAuthApi>
>;
