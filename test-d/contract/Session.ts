import type { Session } from '@ballware/identity-interface';

type Tokens = {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  issued: Date;
};
declare const tokens: Tokens;

// Exactly four required members, with these types, and no index signature,
// so that a key the type does not name is a mistake the compiler reports.
type SessionIsTokens = Expect<Equal<Session, Tokens>>;
// @ts-expect-error -- tenant is not a member of Session
const withClaim: Session = { ...tokens, tenant: 'acme' };
