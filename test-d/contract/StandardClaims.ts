import type {
  AddressClaim,
  StandardClaims,
} from '@ballware/identity-interface';

// The claims of OpenID Connect Core 1.0, 5.1, each optional, with the JSON
// types the specification gives them.
type StandardClaimsAreExact = Expect<
  Equal<
    StandardClaims,
    {
      sub?: string;
      name?: string;
      given_name?: string;
      family_name?: string;
      middle_name?: string;
      nickname?: string;
      preferred_username?: string;
      profile?: string;
      picture?: string;
      website?: string;
      email?: string;
      email_verified?: boolean;
      gender?: string;
      birthdate?: string;
      zoneinfo?: string;
      locale?: string;
      phone_number?: string;
      phone_number_verified?: boolean;
      address?: AddressClaim;
      updated_at?: number;
    }
  >
>;
// @ts-expect-error -- a misspelt claim is not a standard claim
const misspelt: StandardClaims = { subject: 'alice' };
type ClaimIsLeftOutNotUndefined = ExpectNotUnderExactOptional<
  IsAssignable<{ name: undefined }, StandardClaims>
>;
