import {
  MappedSessionWithUserRights,
  Session,
  SessionWithUserInfo,
  UserInfoMappingFunc,
} from '@ballware/identity-interface';

declare const mapUserInfo: UserInfoMappingFunc;
declare const session: Session;
declare const withUserInfo: SessionWithUserInfo;

// The claims as a provider sends them, booleans as strings and all.
const mapped = mapUserInfo(withUserInfo, {
  email_verified: 'true',
  updated_at: '2021-06-01T08:00:00Z',
});
const rights: MappedSessionWithUserRights['rights'] = mapped.rights;
// @ts-expect-error -- the mapped session has to carry rights
mapUserInfo<SessionWithUserInfo>(withUserInfo, {});
// @ts-expect-error -- a Session without user info is not enough
mapUserInfo(session, {});
// @ts-expect-error -- the user info is required
mapUserInfo(withUserInfo);
