import type { Rights } from '@ballware/identity-interface';

// Email and Claims required, TenantId optional: left out, not undefined.
type RightsIsExact = Expect<
  Equal<Rights, { Email: string; TenantId?: string; Claims: Array<string> }>
>;
type TenantIsLeftOut = ExpectNotUnderExactOptional<
  IsAssignable<{ Email: string; Claims: []; TenantId: undefined }, Rights>
>;
