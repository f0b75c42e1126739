import type { Loc } from './located.js';
import type { Identity } from './resource.js';
import { normEnum, type MValue, type Tri } from './value.js';

const JOB_KINDS: Record<string, string> = {
  useridentity: 'useridentity',
  managed: 'managed',
  managedidentity: 'managed',
  amltoken: 'amltoken',
};

/**
 * Reads an identity type in any spelling: ARM `SystemAssigned,UserAssigned`, Terraform
 * `SystemAssigned, UserAssigned`, YAML `system_assigned,user_assigned`, CLI `systemassigned`.
 */
export function identityFlags(type: MValue | undefined): { system: Tri; user: Tri; jobKind?: string } {
  if (!type) return { system: 'unknown', user: 'unknown' };
  if (type.t !== 'str') return { system: 'unknown', user: 'unknown' };
  const parts = type.value.split(',').map(normEnum).filter(Boolean);
  if (parts.length === 1 && JOB_KINDS[parts[0]]) return { system: false, user: false, jobKind: JOB_KINDS[parts[0]] };
  const known = parts.every((p) => p === 'systemassigned' || p === 'userassigned' || p === 'none');
  if (!known) return { system: 'unknown', user: 'unknown' };
  return { system: parts.includes('systemassigned'), user: parts.includes('userassigned') };
}

export function makeIdentity(decl: Loc, type: MValue | undefined, userAssigned: MValue[]): Identity {
  return { decl, type, userAssigned, ...identityFlags(type) };
}

/** Resource ID comparison: case-insensitive, trailing slashes ignored. */
export function sameResourceId(a: string, b: string): boolean {
  return a.trim().replace(/\/+$/, '').toLowerCase() === b.trim().replace(/\/+$/, '').toLowerCase();
}
