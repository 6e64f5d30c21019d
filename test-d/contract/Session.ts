import type {
  MappedSessionWithUserRights,
  Rights,
  Session,
  SessionWithUserInfo,
} from '@ballware/identity-interface';

type Tokens = {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  issued: Date;
};
type UserInfo = { identifier: string; email: string };
type Claims = { [claim: string]: unknown };
declare const tokens: Tokens;
declare const userInfo: UserInfo;
declare const session: Session;

// Session: exactly four required members, with these types.
type SessionIsTokens = Expect<Equal<Session, Tokens>>;
type IssuedIsADate = ExpectNot<
  IsAssignable<Omit<Tokens, 'issued'> & { issued: string }, Session>
>;
type TokenIsRequired = ExpectNot<
  IsAssignable<Omit<Tokens, 'access_token'>, Session>
>;
// A plain Session has no index signature, so an object literal with a key
// it does not name is a mistake the compiler reports.
// @ts-expect-error -- tenant is not a member of Session
const withClaim: Session = { ...tokens, tenant: 'acme' };

// SessionWithUserInfo: Session, Record<string, unknown> and two more claims.
type SessionWithUserInfoIsExact = Expect<
  Equal<SessionWithUserInfo, Flat<Claims & Tokens & UserInfo>>
>;
type ExtendsSession = Expect<IsAssignable<SessionWithUserInfo, Session>>;
type ExtendsRecord = Expect<
  IsAssignable<SessionWithUserInfo, Record<string, unknown>>
>;
type NeedsUserInfo = ExpectNot<IsAssignable<Session, SessionWithUserInfo>>;
type NeedsEmail = ExpectNot<
  IsAssignable<Tokens & { identifier: string }, SessionWithUserInfo>
>;
type NeedsIdentifier = ExpectNot<
  IsAssignable<Tokens & { email: string }, SessionWithUserInfo>
>;
// Further claims are accepted and read back as unknown.
const withClaims: SessionWithUserInfo = {
  ...session,
  ...userInfo,
  tenant: 'acme',
  roles: ['admin'],
};
type ClaimsAreUnknown = Expect<Equal<SessionWithUserInfo['tenant'], unknown>>;
// Why a stored session maps the type instead of using Omit: on a type with
// an index signature, Omit loses the named members.
type OmitLosesMembers = Expect<
  Equal<Omit<SessionWithUserInfo, 'issued'>['email'], unknown>
>;

// MappedSessionWithUserRights: SessionWithUserInfo plus rights.
type RightsMember = Expect<
  Equal<MappedSessionWithUserRights['rights'], Rights>
>;
type ExtendsSessionWithUserInfo = Expect<
  IsAssignable<MappedSessionWithUserRights, SessionWithUserInfo>
>;
type NeedsRights = ExpectNot<
  IsAssignable<SessionWithUserInfo, MappedSessionWithUserRights>
>;
type NeedsCompleteRights = ExpectNot<
  IsAssignable<
    SessionWithUserInfo & { rights: { Email: string } },
    MappedSessionWithUserRights
  >
>;
