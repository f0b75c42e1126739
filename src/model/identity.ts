import type { Loc } from './located.js';
import type { Identity } from './resource.js';
import { isPlaceholder } from './placeholder.js';
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

/** What is known about one attached user-assigned identity: its full resource ID, its name, or a symbol it is declared under. */
export interface UaiRef {
  /** Lower-cased resource ID, when written out. */
  id?: string;
  /** Lower-cased resource name (the ID's last segment, or a reference's target name). */
  name?: string;
  /** `scope|symbol` of a reference whose target name is not known (a Bicep symbol, a Terraform address). */
  symbol?: string;
  /** How messages name it. */
  label: string;
}

/** A `user_assigned_identities` entry as comparable facts; undefined when nothing about it is known. */
export function uaiRef(v: MValue): UaiRef | undefined {
  if (v.t === 'str') {
    if (isPlaceholder(v.value)) return undefined;
    const id = v.value.trim().replace(/\/+$/, '');
    const name = id.split('/').pop() ?? id;
    return { id: id.toLowerCase(), name: name.toLowerCase(), label: name };
  }
  const ref = v.t === 'unknown' ? v.ref : undefined;
  if (!ref || (ref.type && ref.type.toLowerCase() !== 'microsoft.managedidentity/userassignedidentities')) return undefined;
  if (ref.property && ref.property !== 'id') return undefined;
  if (ref.name && !isPlaceholder(ref.name)) return { name: ref.name.toLowerCase(), label: ref.name };
  if (ref.symbol) return { symbol: `${ref.scope ?? ''}|${ref.symbol}`, label: ref.symbol };
  return undefined;
}

/** Whether two identity facts name the same identity (full IDs when both have one, else names, else symbols). */
export function sameUai(a: UaiRef, b: UaiRef): boolean {
  if (a.id && b.id) return a.id === b.id;
  if (a.name && b.name) return a.name === b.name;
  return !!a.symbol && a.symbol === b.symbol;
}
