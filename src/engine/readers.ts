import type { Loc, SourceFile } from '../model/located.js';
import type { Resource } from '../model/resource.js';
import { extractAmlYaml } from '../model/extract/aml-yaml.js';
import { detectAmlKind, isAmlSchema } from '../model/extract/aml-kind.js';
import { parseYaml } from '../parsers/yaml.js';
import { mayHaveCiAz } from '../parsers/shell/script-sources.js';
import { readCiYamlScripts, readShell } from '../readers/azcli.js';
import { readBicep } from '../readers/bicep.js';
import { readArm } from '../readers/arm.js';
import { readTerraform, readTfvars } from '../readers/terraform.js';
import type { FileFormat } from './discover.js';

export interface ParseProblem {
  message: string;
  start: number;
  end: number;
  /** True when the file is in scope for sure (AML `$schema`, `.bicep`, `.tf`, ARM template). */
  certain: boolean;
}

export interface ReadResult {
  resources: Resource[];
  parseError?: ParseProblem;
  /** Limits met while reading (a loop over more items than `maxLoopIterations`), reported as notes. */
  notes?: ReadNote[];
}

export interface ReadNote {
  loc: Loc;
  message: string;
}

/** What a reader may use besides its own file: other files of the scan (Bicep modules, ARM parameter files, Terraform modules). */
export interface ReadContext {
  /** Absolute path of the scan root. */
  root: string;
  /** Repo-relative paths of every file of the scan (to tell which modules some file calls). */
  files: readonly string[];
  /** Iterations read per loop; beyond it a loop is read as unknown. */
  maxLoopIterations: number;
  /** A repo-relative file's text, read once and cached; undefined when missing or unreadable. */
  source(rel: string): SourceFile | undefined;
  /** Repo-relative paths of the files directly inside a repo-relative folder. */
  list(relDir: string): string[];
  /** Computes a value once per run under a key (e.g. a parsed file or an evaluated module). */
  memo<T>(key: string, compute: () => T): T;
}

export type Reader = (src: SourceFile, ctx: ReadContext) => ReadResult;

// Blanks, not `\s`: with the `m` flag `\s*` crosses lines, and blank lines made it quadratic.
const SCHEMA_LINE = /^[ \t]*\$schema[ \t]*:[ \t]*['"]?([^'"\s#]+)/m;

/**
 * One parse per YAML file: the AML documents, and, in the few files that pass a cheap text test,
 * the az commands of CI script steps (those need the parser's source tokens, kept only then).
 */
function readYaml(src: SourceFile, ctx?: ReadContext): ReadResult {
  const ci = mayHaveCiAz(src.text);
  const parsed = parseYaml(src, { keepSourceTokens: ci, wanted: (root) => detectAmlKind(root, src.path) !== undefined });
  if (parsed.error) {
    const schema = SCHEMA_LINE.exec(src.text)?.[1];
    // A `{{placeholder}}` template is rendered before deployment: its kind cannot be known for sure.
    const template = /\{\{/.test(src.text);
    // Under-indented continuation lines of quoted strings break the YAML spec but are accepted by
    // lenient parsers (including the one the Azure ML CLI uses): say so, as a note.
    const lenient = parsed.error.code === 'MISSING_CHAR';
    const message = lenient ? `${parsed.error.message} (lenient YAML parsers may accept this; amlguard could not check the file)` : parsed.error.message;
    return { resources: [], parseError: { ...parsed.error, message, certain: !!schema && isAmlSchema(schema) && !template && !lenient } };
  }
  const resources = extractAmlYaml(src, parsed.docs);
  if (ci) resources.push(...readCiYamlScripts(src, parsed.raw, ctx));
  return { resources };
}

/**
 * A template compiled from a Bicep file beside it (`main.json` or `azuredeploy.json` next to
 * `main.bicep`, with the Bicep generator's metadata) says the same thing twice: the Bicep file is
 * read, the JSON is not.
 */
function readArmUnlessCompiled(src: SourceFile, ctx: ReadContext): ReadResult {
  if (/"_generator"\s*:\s*\{\s*"name"\s*:\s*"bicep"/.test(src.text)) {
    const dir = src.path.includes('/') ? src.path.slice(0, src.path.lastIndexOf('/') + 1) : '';
    if (ctx.source(src.path.replace(/\.jsonc?$/i, '.bicep')) || ctx.source(`${dir}main.bicep`)) return { resources: [] };
  }
  return readArm(src, ctx);
}

/** One reader per input format; formats without a reader yet are discovered but not read. */
export const READERS: Partial<Record<FileFormat, Reader>> = {
  yaml: readYaml,
  shell: readShell,
  powershell: readShell,
  bicep: readBicep,
  bicepparam: readBicep,
  json: readArmUnlessCompiled,
  terraform: readTerraform,
  tfvars: readTfvars,
};
