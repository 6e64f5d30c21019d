import { IdentityRoleApi } from '@ballware/identity-interface';

declare const roles: IdentityRoleApi;

// Its members are properties, whose parameters strictFunctionTypes checks:
// a lookup of one role only finds no other.
const findAdmin = (token: string, id: 'admin') =>
  roles.selectByIdFunc(token, id);
const adminOnly = { ...roles, selectByIdFunc: findAdmin };
// @ts-expect-error -- a lookup must take every identifier
const oneRole: IdentityRoleApi = adminOnly;
