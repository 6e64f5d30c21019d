import { MappedSessionWithUserRights } from '@ballware/identity-interface';
import { Rights } from '@ballware/identity-interface/dist/rights.js';

declare const session: MappedSessionWithUserRights;

const rights: Rights = session.rights;
const sameType: MappedSessionWithUserRights['rights'] = rights;
const tenantless: Rights = { Email: 'alice@example.com', Claims: [] };
// @ts-expect-error -- the claims are a list of strings
const oneClaim: Rights = { Email: 'alice@example.com', Claims: 'meta.read' };
