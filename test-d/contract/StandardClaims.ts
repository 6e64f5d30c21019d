import type {
  AddressClaim,
  StandardClaims,
  UserInfoClaims,
} from '@ballware/identity-interface';

// AddressClaim: the six members of OpenID Connect Core 1.0, 5.1.1.
type AddressIsExact = Expect<
  Equal<
    AddressClaim,
    {
      formatted?: string;
      street_address?: string;
      locality?: string;
      region?: string;
      postal_code?: string;
      country?: string;
    }
  >
>;

// StandardClaims: the claims of 5.1, each optional, with the JSON types the
// specification gives them.
type Claims = {
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
};
type StandardClaimsAreExact = Expect<Equal<StandardClaims, Claims>>;
type UpdatedAtIsSeconds = ExpectNot<
  IsAssignable<{ updated_at: string }, StandardClaims>
>;
type VerifiedIsABoolean = ExpectNot<
  IsAssignable<{ email_verified: 'true' }, StandardClaims>
>;
type AddressIsAnObject = ExpectNot<
  IsAssignable<{ address: string }, StandardClaims>
>;
// @ts-expect-error -- a misspelt claim is not a standard claim
const misspelt: StandardClaims = { subject: 'alice' };

// UserInfoClaims: the standard claims with their types, any other unknown.
type StandardClaimsKeepTheirTypes = Expect<
  Equal<Pick<UserInfoClaims, keyof Claims>, Claims>
>;
type UsernameReadsAsString = Expect<
  Equal<UserInfoClaims['preferred_username'], string | undefined>
>;
type OtherClaimsAreUnknown = Expect<Equal<UserInfoClaims['team'], unknown>>;
type ExtendsStandardClaims = Expect<
  IsAssignable<UserInfoClaims, StandardClaims>
>;
type SubjectIsAString = ExpectNot<
  IsAssignable<{ sub: number }, UserInfoClaims>
>;
type TakesOtherClaims = Expect<
  IsAssignable<{ sub: 'alice'; team: 7 }, UserInfoClaims>
>;
// Interchangeable with the Record<string, unknown> of 6.0.2 both ways.
type TakesARecord = Expect<
  IsAssignable<Record<string, unknown>, UserInfoClaims>
>;
type IsARecord = Expect<IsAssignable<UserInfoClaims, Record<string, unknown>>>;
