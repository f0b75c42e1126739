// An ARM `Microsoft.Authorization/roleAssignments` resource added after the template's last
// resource, with `scope` and `dependsOn` built from the names the template writes.
import type { SourceFile } from '../../model/located.js';
import type { Resource } from '../../model/resource.js';
import type { TextEdit } from '../contract.js';
import { eolOf, indentOf, indentUnit, insertAt, textAt } from '../edits.js';
import type { RoleGrant } from './common.js';

/** The resource's `name` as an ARM expression: `[variables('x')]` → `variables('x')`, `"st"` → `'st'`. */
function nameExpr(src: SourceFile, r: Resource): string | undefined {
  const raw = topLevelString(textAt(src, r.decl), 'name');
  if (raw === undefined) return undefined;
  if (/^\[[^\]]/.test(raw) && raw.endsWith(']')) return raw.slice(1, -1);
  return `'${raw.replace(/'/g, "''")}'`;
}

/** A string property of the object text at depth one (JSON with comments). */
function topLevelString(obj: string, key: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < obj.length; i++) {
    const c = obj[i];
    if (c === '"') {
      const m = /^"((?:[^"\\]|\\.)*)"/.exec(obj.slice(i));
      if (!m) return undefined;
      if (depth === 1 && m[1] === key) {
        const v = /^\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(obj.slice(i + m[0].length));
        return v ? JSON.parse(`"${v[1]}"`) : undefined;
      }
      i += m[0].length - 1;
    } else if (c === '/' && obj[i + 1] === '/') i = obj.indexOf('\n', i) === -1 ? obj.length : obj.indexOf('\n', i);
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return undefined;
}

export function armAssignment(src: SourceFile, g: RoleGrant, guid: string): TextEdit | undefined {
  const who = g.principal.resource;
  const on = g.scope;
  if (!who.armType || !on.armType || who.armType.split('/').length !== 2 || on.armType.split('/').length !== 2) return undefined;
  const whoName = nameExpr(src, who);
  const onName = nameExpr(src, on);
  if (!whoName || !onName) return undefined;
  // After the last resource of the file's top-level `resources` array (the identity's siblings).
  const indent = indentOf(src, who.decl.range.start.line);
  const last = [who, on].reduce((a, b) => (b.decl.range.end.line > a.decl.range.end.line ? b : a));
  const after = lastSibling(src, last);
  const whoId = `resourceId('${who.armType}', ${whoName})`;
  const onId = `resourceId('${on.armType}', ${onName})`;
  const i = indentUnit(src);
  const eol = eolOf(src);
  const principal = g.principal.system ? `reference(${whoId}, '${apiVersion(src, who)}', 'full').identity.principalId` : `reference(${whoId}, '${apiVersion(src, who)}').principalId`;
  const body = [
    `{`,
    `${i}"type": "Microsoft.Authorization/roleAssignments",`,
    `${i}"apiVersion": "2022-04-01",`,
    `${i}"name": "[guid(${onId}, ${whoId}, '${guid}')]",`,
    `${i}"scope": "[format('${on.armType}/{0}', ${onName})]",`,
    `${i}"dependsOn": [`,
    `${i}${i}"[${onId}]",`,
    `${i}${i}"[${whoId}]"`,
    `${i}],`,
    `${i}"properties": {`,
    `${i}${i}"roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${guid}')]",`,
    `${i}${i}"principalId": "[${principal}]",`,
    `${i}${i}"principalType": "ServicePrincipal"`,
    `${i}}`,
    `}`,
  ].map((l) => indent + l);
  body[0] = body[0].slice(indent.length);
  return insertAt(src.path, after, ',' + eol + indent + body.join(eol));
}

function apiVersion(src: SourceFile, r: Resource): string {
  return topLevelString(textAt(src, r.decl), 'apiVersion') ?? '2023-01-31';
}

/** The end of the last element of the array `r` sits in: scan on from `r` to the array's `]`. */
function lastSibling(src: SourceFile, r: Resource) {
  const t = src.text;
  let depth = 0;
  let lastEnd = src.lines.offset(r.decl.range.end);
  for (let i = lastEnd; i < t.length; i++) {
    const c = t[i];
    if (c === '"') {
      const m = /^"(?:[^"\\]|\\.)*"/.exec(t.slice(i));
      if (!m) break;
      i += m[0].length - 1;
    } else if (c === '/' && t[i + 1] === '/') i = t.indexOf('\n', i) === -1 ? t.length : t.indexOf('\n', i);
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth < 0) break;
      if (depth === 0 && c === '}') lastEnd = i + 1;
    }
  }
  return src.lines.position(lastEnd);
}
