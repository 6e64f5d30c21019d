import { Session, SessionWithUserInfo } from '@ballware/identity-interface';

declare const tokens: Session;

const session: SessionWithUserInfo = {
  ...tokens,
  identifier: 'alice',
  email: 'alice@example.com',
  tenant: 'acme',
};
const locale: unknown = session['locale'];
// @ts-expect-error -- the email is required
const withoutEmail: SessionWithUserInfo = { ...tokens, identifier: 'alice' };
// @ts-expect-error -- a claim the contract does not name is unknown until checked
const tenant: string = session['tenant'];
// Why StoredSession maps the type instead of using Omit, which is Pick of
// Exclude: with an index signature, no named member is left.
declare const omitted: Pick<
  SessionWithUserInfo,
  Exclude<keyof SessionWithUserInfo, 'issued'>
>;
// @ts-expect-error -- the email is unknown after Omit
const omittedEmail: string = omitted['email'];
