// The fix when exactly one user-assigned identity is listed: name it primary, written with the
// same text the identity list uses for it, where the format keeps the workspace's properties.
import type { Resource } from '../../src/model/resource.js';
import type { SourceFile } from '../../src/model/located.js';
import type { Fix, TextEdit } from '../../src/rule/contract.js';
import { eolOf, indentOf, indentUnit, insertAt, textAt } from '../../src/rule/edits.js';

export function primaryFix(w: Resource, name: string, src: SourceFile | undefined): Fix | undefined {
  const id = w.identity;
  if (!id || id.userAssigned.length !== 1 || !src || src.path !== w.file) return undefined;
  const only = id.userAssigned[0];
  if (only.loc.file !== w.file || only.loc.range.start.line !== only.loc.range.end.line) return undefined;
  const written = textAt(src, only.loc);
  const line = id.decl.range.start.line;
  const edit =
    w.format === 'aml-yaml' ? yamlEdit(src, line, id.decl.range.start.column, written)
    : w.format === 'bicep' ? propertyEdit(src, line, /^\s*properties:\s*\{\s*$/, `primaryUserAssignedIdentity: ${written}`, '')
    : w.format === 'arm' ? propertyEdit(src, line, /^\s*"properties"\s*:\s*\{\s*$/, `"primaryUserAssignedIdentity": ${written}`, ',')
    : w.format === 'terraform' && !/"azapi_/.test(src.lines.lineText(w.decl.range.start.line)) ? terraformEdit(src, line, written)
    : undefined;
  return edit ? { description: `Name the only user-assigned identity (${written}) as the primary identity of workspace '${name}'.`, edits: [edit] } : undefined;
}

/** AML YAML: a top-level `primary_user_assigned_identity:` line above `identity:`. */
function yamlEdit(src: SourceFile, line: number, column: number, written: string): TextEdit | undefined {
  if (column !== 1) return undefined;
  return insertAt(src.path, { line, column: 1 }, `primary_user_assigned_identity: ${written}${eolOf(src)}`);
}

/** Bicep/ARM: a first entry in the resource's `properties` object, a sibling of `identity`. */
function propertyEdit(src: SourceFile, identityLine: number, opener: RegExp, entry: string, comma: string): TextEdit | undefined {
  const indent = indentOf(src, identityLine);
  for (let l = identityLine + 1; l <= src.lines.lineCount; l++) {
    const text = src.lines.lineText(l);
    if (text.trim() && indentOf(src, l).length < indent.length) return undefined; // left the resource
    if (indentOf(src, l) === indent && opener.test(text)) {
      const next = src.lines.lineText(l + 1).trim();
      const sep = next.startsWith('}') ? '' : comma;
      return insertAt(src.path, { line: l, column: text.length + 1 }, `${eolOf(src)}${indent}${indentUnit(src)}${entry}${sep}`);
    }
  }
  return undefined;
}

/** Terraform: its own attribute line (its own `fmt` alignment group) above the `identity` block. */
function terraformEdit(src: SourceFile, identityLine: number, written: string): TextEdit {
  const eol = eolOf(src);
  const indent = indentOf(src, identityLine);
  const above = src.lines.lineText(identityLine - 1).trim();
  const lead = above === '' || above.endsWith('{') ? '' : eol;
  return insertAt(src.path, { line: identityLine, column: 1 }, `${lead}${indent}primary_user_assigned_identity = ${written}${eol}${eol}`);
}
