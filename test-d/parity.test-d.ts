// Each type of the replaced release, installed under an npm alias, is
// assignable to and from its counterpart here. Only tsd checks this file:
// the compilers of the matrix do not have the release beside the package.
import type * as Released from 'ballware-identity-interface-6.0.2';
import type { Rights as MetaRights } from '@ballware/meta-interface';
import type * as Current from '@ballware/identity-interface';

type Counterparts = {
  Session: [Released.Session, Current.Session];
  SessionWithUserInfo: [
    Released.SessionWithUserInfo,
    Current.SessionWithUserInfo,
  ];
  MappedSessionWithUserRights: [
    Released.MappedSessionWithUserRights,
    Current.MappedSessionWithUserRights,
  ];
  UserInfoMappingFunc: [
    Released.UserInfoMappingFunc,
    Current.UserInfoMappingFunc,
  ];
  ResourceOwnerAuthApi: [
    Released.ResourceOwnerAuthApi,
    Current.ResourceOwnerAuthApi,
  ];
  IdentityUserApi: [Released.IdentityUserApi, Current.IdentityUserApi];
  IdentityRoleApi: [Released.IdentityRoleApi, Current.IdentityRoleApi];
  // Rights has the shape of @ballware/meta-interface's.
  Rights: [MetaRights, Current.Rights];
};
type Interchangeable = {
  [Name in keyof Counterparts]: [
    IsAssignable<Counterparts[Name][0], Counterparts[Name][1]>,
    IsAssignable<Counterparts[Name][1], Counterparts[Name][0]>,
  ];
};
// A counterpart that is not assignable one way fails on its line.
const interchangeable: Interchangeable = {
  Session: [true, true],
  SessionWithUserInfo: [true, true],
  MappedSessionWithUserRights: [true, true],
  UserInfoMappingFunc: [true, true],
  ResourceOwnerAuthApi: [true, true],
  IdentityUserApi: [true, true],
  IdentityRoleApi: [true, true],
  Rights: [true, true],
};
