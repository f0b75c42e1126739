// What the role-assignment writers share: the grant, names, and appending a block to a file.
import type { SourceFile } from '../../model/located.js';
import type { Resource } from '../../model/resource.js';
import type { TextEdit } from '../contract.js';
import { eolOf, insertAt } from '../edits.js';

/** Who needs the role: a user-assigned identity, or the system identity of a resource. */
export interface Grantee {
  resource: Resource;
  system: boolean;
}

export interface RoleGrant {
  principal: Grantee;
  /** The resource the role is assigned on. */
  scope: Resource;
  /** A built-in role's name, as in builtin-roles.ts. */
  roleName: string;
}

export function label(r: Resource): string {
  return r.name?.t === 'str' ? r.name.value : (r.symbol ?? r.kind);
}

/** A name made of the parts, safe as a Bicep symbol / Terraform label: `uaiContributorOnSt`. */
export function symbolFrom(parts: string[], style: 'camel' | 'snake'): string {
  const words = parts.flatMap((p) => p.split(/[^A-Za-z0-9]+/)).filter(Boolean);
  if (style === 'snake') return words.map((w) => w.toLowerCase()).join('_');
  return words.map((w, i) => (i === 0 ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1))).join('');
}

/** `base`, or `base2`, `base3`… when the file already declares it. */
export function uniqueIn(text: string, base: string, declared: (name: string) => RegExp): string {
  let name = base;
  for (let n = 2; declared(name).test(text); n++) name = `${base}${n}`;
  return name;
}

/** The block after the file's last line, one blank line apart, in the file's line breaks. */
export function appendBlock(src: SourceFile, lines: string[]): TextEdit {
  const eol = eolOf(src);
  const end = src.lines.position(src.text.length);
  // A file without a final line break keeps none: each block then starts with its own.
  const ends = src.text.length === 0 || /\r?\n$/.test(src.text);
  const lead = src.text.length === 0 ? '' : ends ? eol : eol + eol;
  return insertAt(src.path, end, lead + lines.join(eol) + (ends ? eol : ''));
}
