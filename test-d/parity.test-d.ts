// Drop-in for 6.0.2: each type 6.0.2 exported is assignable to and from its
// counterpart here, checked against the published 6.0.2, which is installed
// under an npm alias. Only tsd runs this file: the compilers of the matrix do
// not have 6.0.2 beside the package. The file is CommonJS, like the package,
// so it loads tsd with require.
import tsd = require('tsd');
import type * as Released from 'ballware-identity-interface-6.0.2';
import type { Rights as MetaRights } from '@ballware/meta-interface';
import type * as Current from '@ballware/identity-interface';

declare const released: {
  session: Released.Session;
  sessionWithUserInfo: Released.SessionWithUserInfo;
  mappedSession: Released.MappedSessionWithUserRights;
  mapUserInfo: Released.UserInfoMappingFunc;
  authApi: Released.ResourceOwnerAuthApi;
  userApi: Released.IdentityUserApi;
  roleApi: Released.IdentityRoleApi;
};
declare const current: {
  session: Current.Session;
  sessionWithUserInfo: Current.SessionWithUserInfo;
  mappedSession: Current.MappedSessionWithUserRights;
  mapUserInfo: Current.UserInfoMappingFunc;
  authApi: Current.ResourceOwnerAuthApi;
  userApi: Current.IdentityUserApi;
  roleApi: Current.IdentityRoleApi;
};

tsd.expectAssignable<Released.Session>(current.session);
tsd.expectAssignable<Current.Session>(released.session);
tsd.expectAssignable<Released.SessionWithUserInfo>(current.sessionWithUserInfo);
tsd.expectAssignable<Current.SessionWithUserInfo>(released.sessionWithUserInfo);
tsd.expectAssignable<Released.MappedSessionWithUserRights>(
  current.mappedSession,
);
tsd.expectAssignable<Current.MappedSessionWithUserRights>(
  released.mappedSession,
);
tsd.expectAssignable<Released.UserInfoMappingFunc>(current.mapUserInfo);
tsd.expectAssignable<Current.UserInfoMappingFunc>(released.mapUserInfo);
tsd.expectAssignable<Released.ResourceOwnerAuthApi>(current.authApi);
tsd.expectAssignable<Current.ResourceOwnerAuthApi>(released.authApi);
tsd.expectAssignable<Released.IdentityUserApi>(current.userApi);
tsd.expectAssignable<Current.IdentityUserApi>(released.userApi);
tsd.expectAssignable<Released.IdentityRoleApi>(current.roleApi);
tsd.expectAssignable<Current.IdentityRoleApi>(released.roleApi);

// Rights has the shape of @ballware/meta-interface's Rights.
declare const rights: { current: Current.Rights; meta: MetaRights };
tsd.expectAssignable<MetaRights>(rights.current);
tsd.expectAssignable<Current.Rights>(rights.meta);
