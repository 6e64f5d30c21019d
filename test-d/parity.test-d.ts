// Each type of the released version, installed under an npm alias, and its
// counterpart in the package are identical, as tsd's expectType checks
// strictly: no member is gone or new, and none differs in optionality or
// type.
import { expectType } from 'tsd';
import type { Rights as MetaRights } from '@ballware/meta-interface';
import type * as Released from 'identity-interface-released';
import type * as Package from '@ballware/identity-interface';
import type { Rights } from '@ballware/identity-interface/dist/rights.js';

declare const session: Package.Session;
declare const withUserInfo: Package.SessionWithUserInfo;
declare const mapped: Package.MappedSessionWithUserRights;
declare const mapper: Package.UserInfoMappingFunc;
declare const auth: Package.ResourceOwnerAuthApi;
declare const users: Package.IdentityUserApi;
declare const roles: Package.IdentityRoleApi;
declare const rights: Rights;

expectType<Released.Session>(session);
expectType<Released.SessionWithUserInfo>(withUserInfo);
expectType<Released.MappedSessionWithUserRights>(mapped);
expectType<Released.UserInfoMappingFunc>(mapper);
expectType<Released.ResourceOwnerAuthApi>(auth);
expectType<Released.IdentityUserApi>(users);
expectType<Released.IdentityRoleApi>(roles);
// The released version's sessions carry the Rights of
// @ballware/meta-interface.
expectType<MetaRights>(rights);
