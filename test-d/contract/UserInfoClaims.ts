import type {
  StandardClaims,
  UserInfoClaims,
} from '@ballware/identity-interface';

// The standard claims with their types, and every other claim unknown.
type UserInfoClaimsIsExact = Expect<
  Equal<UserInfoClaims, Flat<StandardClaims & Record<string, unknown>>>
>;
// Interchangeable with Record<string, unknown> both ways, so that a mapper
// may declare its user info as either.
type TakesARecord = Expect<
  IsAssignable<Record<string, unknown>, UserInfoClaims>
>;
type IsARecord = Expect<IsAssignable<UserInfoClaims, Record<string, unknown>>>;
