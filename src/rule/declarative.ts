import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SourceFile } from '../model/located.js';
import type { Loc } from '../model/located.js';
import { nameOf, type Resource, type ResourceKind } from '../model/resource.js';
import { atPointer, toPlain, type MEntry, type MValue } from '../model/value.js';
import { defineRule, interpolate, type Fix, type Rule, type RuleSource, type Severity } from './contract.js';
import { replaceScalar } from './edits.js';
import type { Format } from '../model/resource.js';

/** A rule written as data: select resources by kind (and a `where` schema), assert a schema on their properties. */
export interface DeclarativeRule {
  id: string;
  severity: Severity;
  summary: string;
  description?: string;
  why?: string;
  fix?: string;
  help?: string;
  tags?: string[];
  formats?: Format[];
  securitySeverity?: number;
  source?: RuleSource[];
  select: { kind: ResourceKind; where?: Record<string, unknown> };
  assert: Record<string, unknown>;
  message: string;
  /** A value fix: the failing top-level property is rewritten to this text (per format, or `default`). */
  autofix?: { description: string; set: Record<string, string | Partial<Record<Format | 'default', string>>> };
}

const DEFAULT_SECURITY: Record<Severity, number> = { error: 7.0, warning: 5.0, note: 2.0 };

/** A located object standing for a resource: `name`, `kind`, `subKind`, `format`, the canonical props, and `identity`. */
export function propertyView(r: Resource): MValue {
  const str = (value: string, loc: Loc): MValue => ({ t: 'str', value, loc });
  const entries: MEntry[] = [];
  const add = (key: string, value: MValue | undefined, keyLoc?: Loc) => {
    if (value) entries.push({ key, keyLoc: keyLoc ?? value.loc, value });
  };
  add('name', r.name ?? str(nameOf(r), r.decl));
  add('kind', str(r.kind, r.decl));
  if (r.subKind) add('subKind', r.subKindAt?.t === 'str' ? { ...r.subKindAt, value: r.subKind } : str(r.subKind, r.decl));
  add('format', str(r.format, r.decl));
  for (const [k, v] of Object.entries(r.props)) add(k, v);
  if (r.identity) {
    const id = r.identity;
    const flag = (b: boolean | 'unknown'): MValue => (b === 'unknown' ? { t: 'unknown', loc: id.decl, why: 'identity type not known' } : { t: 'bool', value: b, loc: id.type?.loc ?? id.decl });
    const identity: MEntry[] = [];
    if (id.type) identity.push({ key: 'type', keyLoc: id.type.loc, value: id.type });
    identity.push({ key: 'systemAssigned', keyLoc: id.decl, value: flag(id.system) });
    identity.push({ key: 'userAssigned', keyLoc: id.decl, value: flag(id.user) });
    identity.push({ key: 'userAssignedIdentities', keyLoc: id.decl, value: { t: 'arr', items: id.userAssigned, loc: id.decl } });
    add('identity', { t: 'obj', entries: identity, loc: id.decl }, id.decl);
  }
  return { t: 'obj', entries, loc: r.decl };
}

/** True when the pointer passes through, or lands on, a value that is not known statically. */
function touchesUnknown(root: MValue, pointer: string): boolean {
  let node: MValue | undefined = root;
  for (const raw of pointer.split('/').slice(1)) {
    if (!node || node.t === 'unknown') return true;
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node.t === 'obj' ? node.entries.find((e) => e.key === seg)?.value : node.t === 'arr' ? node.items[Number(seg)] : undefined;
  }
  return node?.t === 'unknown' || containsUnknown(node);
}

function containsUnknown(v: MValue | undefined): boolean {
  if (!v) return false;
  if (v.t === 'unknown') return true;
  if (v.t === 'obj') return v.entries.some((e) => containsUnknown(e.value));
  if (v.t === 'arr') return v.items.some(containsUnknown);
  return false;
}

/** A declarative rule's compiled `assert` and `select.where` schemas. */
export interface DeclarativeValidators {
  assert: ValidateFunction;
  where?: ValidateFunction;
}

/**
 * A declarative rule as an ordinary rule. `validators` is called once, on first use: built-in
 * rules pass their validators compiled ahead of time (src/generated/validators.ts); users' rules
 * compile theirs on the linear-time pattern engine (declarative-ajv.ts).
 */
export function compileDeclarative(def: DeclarativeRule, validators: () => DeclarativeValidators): Rule {
  let assertV: ValidateFunction | undefined;
  let whereV: ValidateFunction | undefined;
  const compile = () => {
    ({ assert: assertV, where: whereV } = validators());
  };
  return defineRule({
    meta: {
      id: def.id,
      severity: def.severity,
      summary: def.summary,
      description: def.description ?? def.help ?? def.summary,
      source: def.source ?? [],
      why: def.why ?? '',
      fix: def.fix ?? def.help ?? '',
      tags: def.tags ?? [],
      formats: def.formats ?? [],
      messages: { assert: def.message },
      securitySeverity: def.securitySeverity ?? DEFAULT_SECURITY[def.severity],
    },
    create(ctx) {
      return {
        [def.select.kind]: (r: Resource) => {
          if (!assertV) compile();
          const view = propertyView(r);
          const data = toPlain(view);
          if (whereV && !whereV(data)) return;
          if (assertV!(data)) return;
          for (const err of leafErrors(assertV!.errors ?? [])) {
            if (touchesUnknown(view, err.instancePath)) continue;
            const { node } = atPointer(view, err.instancePath);
            const value = node.t === 'str' || node.t === 'num' || node.t === 'bool' ? String(node.value) : '';
            const data = { name: nameOf(r), kind: r.kind, path: err.instancePath.slice(1).replace(/\//g, '.'), value };
            ctx.report({ at: node, messageId: 'assert', data, fix: valueFix(def, r, err.instancePath, node, data, ctx.source) });
          }
        },
      };
    },
  });
}

/** The declarative `autofix`: the failing property's written value replaced by the format's text. */
function valueFix(def: DeclarativeRule, r: Resource, pointer: string, node: MValue, data: Record<string, string>, source: (file: string) => SourceFile | undefined): Fix | undefined {
  const set = def.autofix?.set[pointer.split('/')[1] ?? ''];
  if (!set || (node.t !== 'str' && node.t !== 'bool' && node.t !== 'num')) return undefined;
  const text = typeof set === 'string' ? set : (set[r.format] ?? set.default);
  const src = source(node.loc.file);
  const edit = text !== undefined && src ? replaceScalar(src, node, text) : undefined;
  return edit ? { description: interpolate(def.autofix!.description, { ...data, to: text! }), edits: [edit] } : undefined;
}

/** One error per failing path: the innermost, since `not`/`anyOf` wrappers repeat their children. */
function leafErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (seen.has(e.instancePath)) return false;
    seen.add(e.instancePath);
    return true;
  });
}

