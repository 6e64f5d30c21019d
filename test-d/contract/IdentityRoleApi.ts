import type { IdentityRoleApi } from '@ballware/identity-interface';

const roleApi: DirectoryCases<IdentityRoleApi> = {} as KeptDirectoryCases;
