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
interface TenantSession extends MappedSessionWithUserRights {
  tenant: string;
}

// UserInfoMappingFunc: generic in the mapped session it returns.
type MapperIsExact = Expect<
  Equal<
    UserInfoMappingFunc,
    <T extends MappedSessionWithUserRights>(
      sessionWithUserInfo: SessionWithUserInfo,
      userinfo: UserInfoClaims,
    ) => T
  >
>;
const mapped = mapUserInfo<TenantSession>(withUserInfo, { sub: 'alice' });
type ReturnsTheChosenType = Expect<Equal<typeof mapped, TenantSession>>;
// @ts-expect-error -- the mapped session has to carry rights
mapUserInfo<SessionWithUserInfo>(withUserInfo, {});
// @ts-expect-error -- a Session without user info is not enough
mapUserInfo(session, {});
// @ts-expect-error -- the user info is required
mapUserInfo(withUserInfo);
// @ts-expect-error -- a standard claim has the specification's type
mapUserInfo(withUserInfo, { email_verified: 'yes' });

// A mapper reads standard claims with their types, without a cast.
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

// A mapper written for 6.0.2, with a Record<string, unknown> parameter,
// still fits.
const releasedMapper: UserInfoMappingFunc = <
  T extends MappedSessionWithUserRights,
>(
  sessionWithUserInfo: SessionWithUserInfo,
  userinfo: Record<string, unknown>,
): T =>
  ({
    ...sessionWithUserInfo,
    rights: { Email: sessionWithUserInfo.email, Claims: Object.keys(userinfo) },
  }) as T;
