// Every input format, one line each. Discovery, reader dispatch, suppression comments, the
// fixture harness, the meta-tests and the docs all read this list; adding a format is one line here.
import { amlYaml } from './aml-yaml/index.js';
import { armJson } from './arm-json/index.js';
import { armParams } from './arm-params/index.js';
import { bicep } from './bicep/index.js';
import { bicepparam } from './bicepparam/index.js';
import { ciYaml } from './ci-yaml/index.js';
import type { CommentSyntax, FormatDescriptor } from './contract.js';

/** The engine's view of the reader contract (it imports nothing else from src/formats/). */
export type { CommentSyntax, FormatDescriptor, ReadContext, ReadResult } from './contract.js';
import { powershell } from './powershell/index.js';
import { shell } from './shell/index.js';
import { terraform } from './terraform/index.js';
import { terraformJson } from './terraform-json/index.js';
import { tfvars } from './tfvars/index.js';

/** In dispatch order: among formats sharing an extension, the first whose content test passes reads the file. */
export const FORMATS = [ciYaml, amlYaml, armJson, armParams, bicep, bicepparam, terraform, terraformJson, tfvars, shell, powershell] as const;

export type FormatId = (typeof FORMATS)[number]['id'];

const extensionOf = (path: string): string | undefined => {
  const name = path.toLowerCase();
  let best: string | undefined;
  for (const f of FORMATS) for (const ext of f.extensions) if (name.endsWith(ext) && (!best || ext.length > best.length)) best = ext;
  return best;
};

/** The formats a file name may be (same longest extension), in dispatch order; empty when amlguard does not read it. */
export function candidatesFor(path: string): FormatDescriptor<FormatId>[] {
  const ext = extensionOf(path);
  return ext ? FORMATS.filter((f) => f.extensions.includes(ext)) : [];
}

/** The format that reads a file: the first candidate whose content test accepts the text. */
export function formatFor(path: string, text: string): FormatDescriptor<FormatId> | undefined {
  return candidatesFor(path).find((f) => !f.accepts || f.accepts(text, path));
}

/** True when every format a file name may be reads it alone (a read worker may take it). */
export function readsAlone(path: string): boolean {
  const c = candidatesFor(path);
  return c.length > 0 && c.every((f) => f.readsAlone);
}

/** The comment forms that may carry directives in a file (none for a format without comments). */
export function commentsFor(path: string): CommentSyntax[] {
  const seen = new Map<string, CommentSyntax>();
  for (const f of candidatesFor(path)) for (const c of f.comments) seen.set(c.open, c);
  return [...seen.values()];
}
