import { StandardClaims } from '@ballware/identity-interface';

const claims: StandardClaims = {
  sub: 'alice',
  email_verified: true,
  address: { locality: 'Berlin' },
  updated_at: 1764489600,
};
// @ts-expect-error -- a misspelt claim is not a standard claim
const misspelt: StandardClaims = { subject: 'alice' };
// @ts-expect-error -- email_verified is a boolean, as the specification says
const cognito: StandardClaims = { email_verified: 'true' };
// @ts-expect-error -- the address is an object, as the specification says
const oneLine: StandardClaims = { address: 'Hauptstraße 1, 10115 Berlin' };
