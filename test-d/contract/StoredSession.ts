import {
  MappedSessionWithUserRights,
  StoredSession,
} from '@ballware/identity-interface';

declare const stored: StoredSession<MappedSessionWithUserRights>;

const issued: string = stored.issued;
// Every other member is kept, the named ones and the index signature.
const email: string = stored.email;
const tenant: unknown = stored['tenant'];
const restored: MappedSessionWithUserRights = {
  ...stored,
  issued: new Date(stored.issued),
};
// @ts-expect-error -- a stored session is no session until issued is a Date
const notRestored: MappedSessionWithUserRights = stored;
// @ts-expect-error -- only a session can be stored
type NotASession = StoredSession<{ issued: Date }>;
