import { UserInfoClaims } from '@ballware/identity-interface';

// Interchangeable with Record<string, unknown> both ways, so that a mapper
// may declare its user info as either.
declare const record: Record<string, unknown>;
const claims: UserInfoClaims = record;
const asRecord: Record<string, unknown> = claims;
const subject: string | undefined = claims.sub;
const team: unknown = claims['team'];
