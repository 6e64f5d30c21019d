import type { IdentityUserApi } from '@ballware/identity-interface';

const userApi: DirectoryCases<IdentityUserApi> = {} as KeptDirectoryCases;
