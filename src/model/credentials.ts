import type { Loc } from './located.js';
import type { MValue } from './value.js';

/** Credential fields a datastore can cache, with how a message names them. */
const CACHED: Record<string, string> = {
  account_key: 'an account key',
  sas_token: 'a SAS token',
  client_secret: 'a service principal secret',
  certificate: 'a service principal certificate',
  kerberos_password: 'a Kerberos password',
  kerberos_keytab: 'a Kerberos keytab',
  password: 'a password',
};

export interface CachedCredential {
  key: string;
  keyLoc: Loc;
  value: MValue;
  label: string;
}

/** The cached-credential fields of a datastore's `credentials` block (empty for identity-based access). */
export function credentialKinds(credentials: MValue | undefined): CachedCredential[] {
  if (!credentials || credentials.t !== 'obj') return [];
  return credentials.entries
    .filter((e) => CACHED[e.key] !== undefined)
    .map((e) => ({ key: e.key, keyLoc: e.keyLoc, value: e.value, label: CACHED[e.key] }));
}
