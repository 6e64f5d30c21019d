// Each type of 6.0.2, installed under an npm alias, and its counterpart in
// the package can each be used as the other. An error names the type and the
// member that differ.
import type { Rights as MetaRights } from '@ballware/meta-interface';
import type * as Released from 'ballware-identity-interface-6.0.2';
import type * as Package from '@ballware/identity-interface';
import type { Rights } from '@ballware/identity-interface/dist/rights.js';

interface Counterparts {
  Session: { released: Released.Session; package: Package.Session };
  SessionWithUserInfo: {
    released: Released.SessionWithUserInfo;
    package: Package.SessionWithUserInfo;
  };
  MappedSessionWithUserRights: {
    released: Released.MappedSessionWithUserRights;
    package: Package.MappedSessionWithUserRights;
  };
  UserInfoMappingFunc: {
    released: Released.UserInfoMappingFunc;
    package: Package.UserInfoMappingFunc;
  };
  ResourceOwnerAuthApi: {
    released: Released.ResourceOwnerAuthApi;
    package: Package.ResourceOwnerAuthApi;
  };
  IdentityUserApi: {
    released: Released.IdentityUserApi;
    package: Package.IdentityUserApi;
  };
  IdentityRoleApi: {
    released: Released.IdentityRoleApi;
    package: Package.IdentityRoleApi;
  };
  // 6.0.2's sessions carry the Rights of @ballware/meta-interface.
  Rights: { released: MetaRights; package: Rights };
}
type AsReleased = {
  [Name in keyof Counterparts]: Counterparts[Name]['released'];
};
type AsPackage = {
  [Name in keyof Counterparts]: Counterparts[Name]['package'];
};

declare const released: AsReleased;
declare const current: AsPackage;
const releasedAsPackage: AsPackage = released;
const packageAsReleased: AsReleased = current;
