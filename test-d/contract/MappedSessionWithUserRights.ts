import {
  MappedSessionWithUserRights,
  SessionWithUserInfo,
} from '@ballware/identity-interface';

declare const withUserInfo: SessionWithUserInfo;

const mapped: MappedSessionWithUserRights = {
  ...withUserInfo,
  rights: { Email: withUserInfo.email, Claims: ['meta.read'] },
};
// @ts-expect-error -- the rights are required
const withoutRights: MappedSessionWithUserRights = withUserInfo;
