// Bicep reader: `.bicep` files (and their local modules) into model resources.
// See docs/readers.md for the contract and src/readers/bicep/ for the evaluator.
import type { ReadContext, ReadNote, ReadResult } from '../formats/contract.js';
import { fromArmShape } from '../model/extract/arm-shape.js';
import type { SourceFile } from '../model/located.js';
import type { Resource } from '../model/resource.js';
import type { MValue } from '../model/value.js';
import type { BicepFile } from '../parsers/bicep/index.js';
import { astKey, calledModules, paramFileFor, parseCached, type Overrides } from './bicep/modules.js';
import { parameterBindings } from './arm/params.js';
import { BICEP_GENERATED } from './arm/json.js';
import { FileScope } from './bicep/scope.js';

export { FileScope } from './bicep/scope.js';

/**
 * Reads one `.bicep` file: its resources with every value evaluated and located, plus the
 * resources of the local modules it calls (evaluated with the parameters it passes). A
 * `.bicepparam` file declares no resources; its values are used when its template is read.
 */
export function readBicep(src: SourceFile, ctx: ReadContext): ReadResult {
  const ast = parseCached(src, ctx);
  const first = ast.errors[0];
  const parseError = first && { message: first.message, start: first.span.start, end: first.span.end, certain: true };
  // A module some file calls is read as the instances of those calls, not on its own with its defaults.
  const standalone = !src.path.toLowerCase().endsWith('.bicepparam') && !calledModules(ctx).has(src.path);
  const notes: ReadNote[] = [];
  const resources = standalone ? resourcesOf(src, ast, ctx, notes) : [];
  // Nobody calls it, so no later read needs its syntax tree (a cycle would parse it again).
  if (standalone) ctx.forget?.(astKey(src));
  const result: ReadResult = { resources };
  if (parseError) result.parseError = parseError;
  if (notes.length) result.notes = notes;
  return result;
}

function resourcesOf(src: SourceFile, ast: BicepFile, ctx: ReadContext, notes: ReadNote[]): Resource[] {
  const scope = new FileScope({ src, ast, ctx, overrides: paramFileValues(src, ctx), chain: [src.path], notes });
  const out: Resource[] = [];
  for (const shaped of scope.collect()) {
    const r = fromArmShape(shaped);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Values from the one `.bicepparam` whose `using` names this template (located in that file); else
 * from the ARM parameter files of the template compiled from it beside it (`main.json`,
 * `azuredeploy.json` with the Bicep generator's metadata): the repository deploys those together.
 */
function paramFileValues(src: SourceFile, ctx: ReadContext): Overrides | undefined {
  const pf = paramFileFor(src, ctx);
  if (!pf) return compiledTwinValues(src, ctx);
  const scope = new FileScope({ src: pf.src, ast: pf.ast, ctx, chain: [pf.src.path] });
  const values = new Map<string, MValue>();
  for (const s of pf.ast.statements) if (s.kind === 'param' && s.default) values.set(s.name, scope.param(s.name, scope.loc(s.nameSpan)));
  return { values };
}

/** The parameter-file values of the ARM template compiled from this Bicep file, if any. */
function compiledTwinValues(src: SourceFile, ctx: ReadContext): Overrides | undefined {
  const dir = src.path.includes('/') ? src.path.slice(0, src.path.lastIndexOf('/') + 1) : '';
  const own = src.path.replace(/\.bicep$/i, '.json');
  const twins = [own, ...(/(^|\/)main\.bicep$/i.test(src.path) ? [`${dir}azuredeploy.json`] : [])];
  const twin = twins.find((t) => ctx.source(t) && BICEP_GENERATED.test(ctx.source(t)!.text));
  if (!twin) return undefined;
  const bindings = parameterBindings(twin, ctx);
  if (!bindings.size) return undefined;
  const values = new Map<string, MValue>();
  const declared = new Map(parseCached(src, ctx).statements.filter((s) => s.kind === 'param').map((s) => [s.name.toLowerCase(), s.name]));
  for (const [lower, bind] of bindings) {
    const name = declared.get(lower);
    if (name) values.set(name, bind());
  }
  return { values };
}
