// A Bicep `Microsoft.Authorization/roleAssignments` resource appended to the file, in its indentation.
import type { SourceFile } from '../../model/located.js';
import { indentUnit } from '../edits.js';
import type { TextEdit } from '../contract.js';
import { appendBlock, symbolFrom, uniqueIn, type RoleGrant } from './common.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function bicepAssignment(src: SourceFile, g: RoleGrant, guid: string): TextEdit | undefined {
  const who = g.principal.resource.symbol;
  const on = g.scope.symbol;
  if (!who || !on || !/^[A-Za-z_]\w*$/.test(who) || !/^[A-Za-z_]\w*$/.test(on)) return undefined; // loop members have no plain symbol
  const name = uniqueIn(src.text, symbolFrom([who, g.roleName, 'on', on], 'camel'), (n) => new RegExp(`^\\s*(resource|module|param|var|output)\\s+${escapeRe(n)}\\b`, 'm'));
  const i = indentUnit(src);
  const principalId = g.principal.system ? `${who}.identity.principalId` : `${who}.properties.principalId`;
  const lines = [
    `resource ${name} 'Microsoft.Authorization/roleAssignments@2022-04-01' = {`,
    `${i}name: guid(${on}.id, ${who}.id, '${guid}')`,
    `${i}scope: ${on}`,
    `${i}properties: {`,
    `${i}${i}roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${guid}') // ${g.roleName}`,
    `${i}${i}principalId: ${principalId}`,
    `${i}${i}principalType: 'ServicePrincipal'`,
    `${i}}`,
    `}`,
  ];
  return appendBlock(src, lines);
}
