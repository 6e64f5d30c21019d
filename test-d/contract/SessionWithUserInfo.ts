import type {
  Session,
  SessionWithUserInfo,
} from '@ballware/identity-interface';

declare const session: Session;

// Session, two more claims, and every other claim unknown.
type SessionWithUserInfoIsExact = Expect<
  Equal<
    SessionWithUserInfo,
    Flat<
      Session & { identifier: string; email: string } & Record<string, unknown>
    >
  >
>;
const withClaims: SessionWithUserInfo = {
  ...session,
  identifier: 'alice',
  email: 'alice@example.com',
  tenant: 'acme',
};
// @ts-expect-error -- the email is required
const withoutEmail: SessionWithUserInfo = { ...session, identifier: 'alice' };
// Why a stored session maps the type instead of using Omit: on a type with
// an index signature, Omit loses the named members.
type OmitLosesMembers = Expect<
  Equal<Omit<SessionWithUserInfo, 'issued'>['email'], unknown>
>;
