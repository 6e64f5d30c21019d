import type {
  MappedSessionWithUserRights,
  Session,
  SessionWithUserInfo,
  UserInfoClaims,
  UserInfoMappingFunc,
} from '@ballware/identity-interface';

declare const mapUserInfo: UserInfoMappingFunc;
declare const session: Session;
declare const withUserInfo: SessionWithUserInfo;

// Generic in the mapped session it returns; the user info is unchecked, as
// in 6.0.2.
type MapperIsExact = Expect<
  Equal<
    UserInfoMappingFunc,
    <T extends MappedSessionWithUserRights>(
      sessionWithUserInfo: SessionWithUserInfo,
      userinfo: Record<string, unknown>,
    ) => T
  >
>;
// @ts-expect-error -- the mapped session has to carry rights
mapUserInfo<SessionWithUserInfo>(withUserInfo, {});
// @ts-expect-error -- a Session without user info is not enough
mapUserInfo(session, {});
// @ts-expect-error -- the user info is required
mapUserInfo(withUserInfo);
// The claims as a provider sends them, booleans as strings and all.
mapUserInfo(withUserInfo, { email_verified: 'true', updated_at: '2021' });

// A mapper that trusts its provider may read the standard claims with their
// types.
const typedMapper: UserInfoMappingFunc = <
  T extends MappedSessionWithUserRights,
>(
  sessionWithUserInfo: SessionWithUserInfo,
  userinfo: UserInfoClaims,
): T => {
  const username: string | undefined = userinfo.preferred_username;
  const email: string = userinfo.email ?? sessionWithUserInfo.email;
  const team: unknown = userinfo['team'];
  return {
    ...sessionWithUserInfo,
    rights: { Email: email, Claims: [String(username), String(team)] },
  } as T;
};
