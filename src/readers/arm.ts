// The ARM template reader: JSON with comments whose `$schema` is a deployment template.
import type { ReadContext, ReadResult } from '../formats/contract.js';
import type { SourceFile } from '../model/located.js';
import { getCI } from '../model/value.js';
import { ResourceIndex } from './arm/declared.js';
import { parsedParameterFile, parseJsonc, type JsonParse } from './arm/json.js';
import { parameterBindings } from './arm/params.js';
import { readResources } from './arm/resources.js';

/** Cheap test on the raw text: most JSON in a repository is neither a template nor a parameter file. */
const MARKER = /deployment(?:Template|Parameters)/i;
const TEMPLATE_MARKER = /deploymentTemplate/i;
/** A `$schema` naming a deployment template, found in text that may not parse. */
const TEMPLATE_SCHEMA = /"\$schema"\s*:\s*"[^"]*deploymentTemplate/i;

/**
 * Reads one `.json` / `.jsonc` file. A deployment template gives its resources; a parameter file
 * gives none of its own (templates next to it read it); any other JSON is skipped unparsed.
 */
export function readArm(src: SourceFile, ctx: ReadContext): ReadResult {
  if (!MARKER.test(src.text)) return { resources: [] };
  const certain = TEMPLATE_SCHEMA.test(src.text);
  try {
    // Parameter files are shared with the templates that read them; templates are parsed once here.
    const parsed: JsonParse = TEMPLATE_MARKER.test(src.text) ? parseJsonc(src) : parsedParameterFile(ctx, src);
    if (parsed.error) return { resources: [], parseError: { ...parsed.error, certain } };
    const root = parsed.root;
    const schema = getCI(root, '$schema');
    if (!root || schema?.t !== 'str' || !TEMPLATE_MARKER.test(schema.value)) return { resources: [] };
    const index = new ResourceIndex(src.path, ctx.maxLoopIterations, ctx.budget);
    const resources = readResources(src, root, index, parameterBindings(src.path, ctx));
    return index.notes.length ? { resources, notes: index.notes } : { resources };
  } catch (e) {
    // The JSON parser and the evaluator recurse: thousands of nested brackets exhaust the stack.
    if (e instanceof RangeError) return { resources: [], parseError: { message: 'it is nested too deeply', start: 0, end: 0, certain } };
    throw e;
  }
}
