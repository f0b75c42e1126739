import { get, type MString, type MValue } from '../value.js';

/** `azureml://datastores/<name>/…`, short or with its workspace (`azureml://subscriptions/…/workspaces/<ws>/datastores/<name>/…`). */
const DATASTORE_URI = /^azureml:\/\/(?:subscriptions\/[^/]+\/resource[gG]roups\/[^/]+\/workspaces\/[^/]+\/)?datastores\/([^/]+)\//i;

/** The datastore a URI names, or undefined when the value is not a datastore URI. */
export function datastoreNameOf(v: MValue): string | undefined {
  return v.t === 'str' ? DATASTORE_URI.exec(v.value.trim())?.[1] : undefined;
}

/** Every datastore URI under a node (a job, a step, a pipeline's root without its steps). */
export function datastoreUris(node: MValue, skipKeys: string[] = []): MString[] {
  const out: MString[] = [];
  const walk = (v: MValue) => {
    if (v.t === 'str' && datastoreNameOf(v)) out.push(v);
    else if (v.t === 'obj') for (const e of v.entries) walk(e.value);
    else if (v.t === 'arr') v.items.forEach(walk);
  };
  if (node.t === 'obj') for (const e of node.entries) if (!skipKeys.includes(e.key)) walk(e.value);
  return out;
}

/**
 * The datastore URIs a job or step reads: its `inputs` (`path:` of an input, or an input given as
 * a bare URI). A step's input bound to the pipeline's (`${{parent.inputs.x}}`) reads what the
 * pipeline's input `x` names.
 */
export function datastoreInputs(node: MValue, parentInputs?: MValue): MString[] {
  const inputs = get(node, 'inputs');
  if (inputs?.t !== 'obj') return [];
  const out: MString[] = [];
  for (const e of inputs.entries) {
    const v = e.value.t === 'obj' ? get(e.value, 'path') : e.value;
    if (!v || v.t !== 'str') continue;
    const bound = /^\$\{\{\s*parent\.inputs\.([\w-]+)\s*\}\}$/.exec(v.value.trim());
    if (bound && parentInputs?.t === 'obj') {
      const parent = get(parentInputs, bound[1]);
      const pv = parent?.t === 'obj' ? get(parent, 'path') : parent;
      if (pv && datastoreNameOf(pv)) out.push(pv as MString);
    } else if (datastoreNameOf(v)) out.push(v);
  }
  return out;
}
