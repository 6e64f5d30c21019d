import { Session } from '@ballware/identity-interface';

declare const tokens: Session;

// @ts-expect-error -- a Session has no index signature: a key it does not name is a mistake
const withClaim: Session = { ...tokens, tenant: 'acme' };
// @ts-expect-error -- issued is a Date, not the string JSON gives back
const fromJson: Session = { ...tokens, issued: '2026-11-30T08:00:00.000Z' };
