import type {
  MappedSessionWithUserRights,
  Rights,
  Session,
  SessionWithUserInfo,
  StoredSession,
} from '@ballware/identity-interface';

// A Session's tokens as JSON gives them back.
type StoredTokens = Omit<Session, 'issued'> & { issued: string };
type UserInfo = { identifier: string; email: string };
type Claims = { [claim: string]: unknown };

// StoredSession: what JSON gives back, issued as a string, for Session by
// default.
type StoredIsJson = Expect<Equal<StoredSession, Flat<StoredTokens>>>;
// Every other member and the index signature are kept.
type KeepsUserInfo = Expect<
  Equal<
    StoredSession<SessionWithUserInfo>,
    Flat<Claims & StoredTokens & UserInfo>
  >
>;
type KeepsRights = Expect<
  Equal<StoredSession<MappedSessionWithUserRights>['rights'], Rights>
>;
// Only issued changes: a Date of the application's own stays a Date.
type KnowsOnlyIssued = Expect<
  Equal<StoredSession<Session & { renewed: Date }>['renewed'], Date>
>;
// @ts-expect-error -- only a session can be stored
type NotASession = StoredSession<{ issued: Date }>;

declare const stored: StoredSession<MappedSessionWithUserRights>;
const restored: MappedSessionWithUserRights = {
  ...stored,
  issued: new Date(stored.issued),
};
