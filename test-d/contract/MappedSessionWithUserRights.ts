import type {
  MappedSessionWithUserRights,
  Rights,
  SessionWithUserInfo,
} from '@ballware/identity-interface';

declare const withUserInfo: SessionWithUserInfo;

// SessionWithUserInfo plus rights.
type MappedIsExact = Expect<
  Equal<
    MappedSessionWithUserRights,
    Flat<SessionWithUserInfo & { rights: Rights }>
  >
>;
// @ts-expect-error -- the rights are required
const withoutRights: MappedSessionWithUserRights = withUserInfo;
