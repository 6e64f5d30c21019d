// Needs TypeScript 4.4 or later, the first with exactOptionalPropertyTypes:
// under it, an absent optional member is left out, not set to undefined.
import type { Rights, StandardClaims } from '@ballware/identity-interface';

type TenantIsLeftOut = ExpectNot<
  IsAssignable<{ Email: string; Claims: []; TenantId: undefined }, Rights>
>;
type ClaimIsLeftOut = ExpectNot<
  IsAssignable<{ name: undefined }, StandardClaims>
>;
