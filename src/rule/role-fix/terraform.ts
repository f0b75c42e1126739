// A Terraform `azurerm_role_assignment` appended to the identity's file, in `terraform fmt` style.
import type { SourceFile } from '../../model/located.js';
import type { TextEdit } from '../contract.js';
import { appendBlock, symbolFrom, uniqueIn, type RoleGrant } from './common.js';

const ADDRESS = /^[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*(\[(\d+|"[^"\\]*")\])?$/;

export function terraformAssignment(src: SourceFile, g: RoleGrant): TextEdit | undefined {
  if (src.path.endsWith('.json')) return undefined; // Terraform JSON: no block syntax to append
  const who = g.principal.resource.symbol;
  const on = g.scope.symbol;
  if (!who || !on || !ADDRESS.test(who) || !ADDRESS.test(on) || who.startsWith('data.')) return undefined;
  const base = symbolFrom([who.split('.')[1], g.roleName, 'on', on.split('.')[1]], 'snake');
  const name = uniqueIn(src.text, base, (n) => new RegExp(`resource\\s+"azurerm_role_assignment"\\s+"${n}"`));
  const principal = g.principal.system ? `${who}.identity[0].principal_id` : `${who}.principal_id`;
  return appendBlock(src, [
    `resource "azurerm_role_assignment" "${name}" {`,
    ...aligned([
      ['scope', `${on}.id`],
      ['role_definition_name', JSON.stringify(g.roleName)],
      ['principal_id', principal],
      ['principal_type', '"ServicePrincipal"'],
    ]),
    '}',
  ]);
}

/** `key = value` lines with the `=` aligned, two-space indented, as `terraform fmt` writes them. */
export function aligned(pairs: [string, string][]): string[] {
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`);
}
