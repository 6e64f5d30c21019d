import { IdentityUserApi } from '@ballware/identity-interface';

declare const users: IdentityUserApi;

// Its members are properties, whose parameters strictFunctionTypes checks:
// a lister for one token only lists no users for the others.
const listForAdmins = (token: 'admin-token') => users.selectListFunc(token);
const forAdmins = { ...users, selectListFunc: listForAdmins };
// @ts-expect-error -- a lister must take every token
const adminsOnly: IdentityUserApi = forAdmins;
