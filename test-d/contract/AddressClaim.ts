import type { AddressClaim } from '@ballware/identity-interface';

// The six members of OpenID Connect Core 1.0, 5.1.1, each optional.
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
