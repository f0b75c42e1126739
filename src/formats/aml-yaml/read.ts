import type { SourceFile } from '../../model/located.js';
import { parseYaml } from '../../parsers/yaml.js';
import { readCiYamlScripts } from '../../readers/azcli.js';
import type { ReadContext, ReadResult } from '../contract.js';
import { extractAmlYaml } from './extract.js';
import { detectAmlKind, isAmlSchema } from './kind.js';
import { appendAll } from '../../model/append.js';

// Blanks, not `\s`: with the `m` flag `\s*` crosses lines, and blank lines made it quadratic.
const SCHEMA_LINE = /^[ \t]*\$schema[ \t]*:[ \t]*['"]?([^'"\s#]+)/m;

/**
 * One parse per YAML file: the AML documents, and, for CI files (`withScripts`), the az commands
 * of their script steps (those need the parser's source tokens, kept only then; `ctx` lets
 * them read role definition files the commands name).
 */
export function readYaml(src: SourceFile, withScripts: boolean, ctx?: ReadContext): ReadResult {
  const parsed = parseYaml(src, { keepSourceTokens: withScripts, wanted: (root) => detectAmlKind(root, src.path) !== undefined });
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
  if (withScripts) appendAll(resources, readCiYamlScripts(src, parsed.raw, ctx));
  return { resources };
}
