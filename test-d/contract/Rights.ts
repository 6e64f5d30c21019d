import type { Rights } from '@ballware/identity-interface';

// Rights: Email and Claims required, TenantId optional.
type RightsIsExact = Expect<
  Equal<Rights, { Email: string; TenantId?: string; Claims: Array<string> }>
>;
type NeedsClaims = ExpectNot<IsAssignable<{ Email: string }, Rights>>;
type NeedsEmail = ExpectNot<IsAssignable<{ Claims: Array<string> }, Rights>>;
type ClaimsAreAList = ExpectNot<
  IsAssignable<{ Email: string; Claims: string }, Rights>
>;
