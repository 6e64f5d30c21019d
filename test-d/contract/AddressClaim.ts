import { AddressClaim } from '@ballware/identity-interface';

const partial: AddressClaim = { locality: 'Berlin', country: 'Germany' };
// @ts-expect-error -- the postal code is a string
const numeric: AddressClaim = { postal_code: 10115 };
