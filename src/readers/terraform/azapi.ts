import { fromArmShape } from '../../model/extract/arm-shape.js';
import type { PropertyName } from '../../model/properties.js';
import type { Resource } from '../../model/resource.js';
import { getCI, type MEntry, type MValue } from '../../model/value.js';
import type { Block } from '../../parsers/terraform/index.js';
import type { Placement } from './azurerm.js';
import { evaluate, headerLoc, locOf, unknown, type Scope } from './eval.js';
import { attrOf } from './files.js';

/** `type = "Microsoft.X/y@api"` split into type and API version, when known. */
export function azapiType(block: Block, s: Scope): { type: string; apiVersion?: string } | undefined {
  const attr = attrOf(block, 'type');
  const v = attr && evaluate(attr.expr, s);
  if (v?.t !== 'str') return undefined;
  const [type, apiVersion] = v.value.split('@');
  return { type: type.trim(), apiVersion: apiVersion?.trim() };
}

/** An `azapi_resource` read like ARM: its body (HCL object or `jsonencode(...)`) plus the `identity {}` block. */
export function mapAzapi(block: Block, s: Scope, at: Placement): Resource | undefined {
  const t = azapiType(block, s);
  if (!t) return undefined;
  const decl = headerLoc(block, s);
  const nameAttr = attrOf(block, 'name');
  const bodyAttr = attrOf(block, 'body');
  let body: MValue = bodyAttr ? evaluate(bodyAttr.expr, s) : { t: 'obj', entries: [], loc: decl };
  body = withIdentityBlock(body, block, s);
  const res = fromArmShape({
    type: t.type,
    apiVersion: t.apiVersion,
    name: nameAttr ? evaluate(nameAttr.expr, s) : unknown(decl, 'azapi_resource without a name'),
    body,
    decl,
    format: 'terraform',
    file: s.file.src.path,
    symbol: at.symbol,
    scope: at.dir,
  });
  if (!res) return undefined;
  // A body or `properties` that is not statically known says nothing about what is missing:
  // its canonical properties are unknown, not absent.
  const props = getCI(body, 'properties');
  if (body.t !== 'obj' || props?.t === 'unknown') {
    const why = body.t === 'unknown' ? body.why : props?.t === 'unknown' ? props.why : 'the body is not an object';
    const loc = body.t === 'obj' && props ? props.loc : body.loc;
    for (const k of Object.keys(res.props) as PropertyName[]) if (res.props[k] === undefined) res.props[k] = unknown(loc, why);
  }
  return res;
}

/**
 * azapi declares identity as a block (`identity { type, identity_ids }`) beside the body; ARM has
 * it in the body as `identity: { type, userAssignedIdentities: { <id>: {} } }`. A body that
 * already has an `identity` keeps it.
 */
function withIdentityBlock(body: MValue, block: Block, s: Scope): MValue {
  const idBlock = block.body.blocks.find((b) => b.type === 'identity');
  const dyn = block.body.blocks.find((b) => b.type === 'dynamic' && b.labels[0]?.value === 'identity');
  if ((!idBlock && !dyn) || body.t !== 'obj' || getCI(body, 'identity')) return body;
  const keyLoc = locOf(s, (idBlock ?? dyn)!.typeSpan);
  let value: MValue;
  if (idBlock) {
    const entries: MEntry[] = [];
    const typeAttr = attrOf(idBlock, 'type');
    if (typeAttr) entries.push({ key: 'type', keyLoc: locOf(s, typeAttr.nameSpan), value: evaluate(typeAttr.expr, s) });
    const idsAttr = attrOf(idBlock, 'identity_ids');
    if (idsAttr) entries.push({ key: 'userAssignedIdentities', keyLoc: locOf(s, idsAttr.nameSpan), value: identityMap(evaluate(idsAttr.expr, s)) });
    value = { t: 'obj', entries, loc: locOf(s, idBlock.span) };
  } else {
    // The type of a dynamic identity is not known; an object with an unknown type says so.
    const loc = locOf(s, dyn!.span);
    value = { t: 'obj', entries: [{ key: 'type', keyLoc, value: unknown(loc, "dynamic 'identity' block") }], loc };
  }
  return { ...body, entries: [...body.entries, { key: 'identity', keyLoc, value }] };
}

/** `[id, …]` → `{ <id>: {} }`, keeping each ID (or reference) as the entry's evaluated key. */
function identityMap(ids: MValue): MValue {
  if (ids.t !== 'arr') return ids;
  const entries: MEntry[] = ids.items.map((id) => ({
    key: id.t === 'str' ? id.value : id.t === 'unknown' && id.ref?.symbol ? `${id.ref.symbol}.${id.ref.property ?? 'id'}` : '(unknown)',
    keyLoc: id.loc,
    value: { t: 'obj', entries: [], loc: id.loc },
    keyValue: id,
  }));
  return { t: 'obj', entries, loc: ids.loc };
}
