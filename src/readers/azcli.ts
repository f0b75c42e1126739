// The az CLI reader: az commands in shell / PowerShell scripts and in CI YAML script steps
// become model resources, every value located where it is written.
import type { Document } from 'yaml';
import type { ReadContext, ReadResult } from '../formats/contract.js';
import type { SourceFile } from '../model/located.js';
import type { Resource } from '../model/resource.js';
import { extractAzCommands, type Span } from '../parsers/shell/azcli.js';
import { extractScriptsFromCiYaml, mayHaveCiAz } from '../parsers/shell/script-sources.js';

export { mayHaveCiAz };
import { resourceOf } from './azcli/commands.js';
import type { Locate } from './azcli/words.js';
import { appendAll } from '../model/append.js';
import { scriptVars } from './azcli/vars.js';

export type Dialect = 'sh' | 'ps1';

/** Resources declared by the az commands of one script; `at` maps script spans to file locations. */
export function readAzScript(script: string, dialect: Dialect, file: string, at: Locate, ctx?: ReadContext): Resource[] {
  const out: Resource[] = [];
  const commands = extractAzCommands(script, dialect);
  const vars = scriptVars(script, dialect, commands, at);
  for (const cmd of commands) {
    const r = resourceOf({ cmd, at, dialect, vars }, file, ctx);
    if (r) out.push(r);
  }
  return out;
}

/** Reader for `.sh` / `.bash` (sh) and `.ps1` (PowerShell) files. */
export function readShell(src: SourceFile, ctx?: ReadContext): ReadResult {
  const dialect: Dialect = /\.ps1$/i.test(src.path) ? 'ps1' : 'sh';
  if (!/\baz\b/i.test(src.text)) return { resources: [] };
  return { resources: readAzScript(src.text, dialect, src.path, (s) => src.loc(s.start, s.end), ctx) };
}

/**
 * Resources from az commands in the script steps of a GitHub workflow or Azure Pipelines file.
 * `parsed`: the file's YAML documents when the YAML reader already has them (parsed once).
 */
export function readCiYamlScripts(src: SourceFile, parsed?: Document[], ctx?: ReadContext): Resource[] {
  if (!mayHaveCiAz(src.text)) return [];
  const out: Resource[] = [];
  for (const s of extractScriptsFromCiYaml(src.text, parsed)) {
    if (!s.script.includes('az')) continue;
    const at: Locate = (span) => src.loc(s.toFileOffset(span.start), endOffset(src.text, s.toFileOffset, span));
    appendAll(out, readAzScript(s.script, s.dialect, src.path, at, ctx));
  }
  return out;
}

/**
 * File offset just past a span's last char. The char after the span is mapped when only blanks
 * lie between (so escapes such as `\"` keep their whole source), else the last char's offset + 1
 * (so a span at a line end does not swallow trailing blanks).
 */
function endOffset(text: string, map: (i: number) => number, span: Span): number {
  if (span.end <= span.start) return map(span.start);
  const last = map(span.end - 1) + 1;
  const next = map(span.end);
  return next > last && /\S/.test(text.slice(last, next)) ? next : last;
}
