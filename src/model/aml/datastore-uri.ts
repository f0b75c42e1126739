import { get, type MString, type MValue } from '../value.js';

/**
 * An AML datastore URI: the short form `azureml://datastores/<name>/paths/…` (the job's own
 * workspace) or the long form `azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/datastores/<name>/paths/…`.
 */
const DATASTORE_URI = /^azureml:\/\/(?:subscriptions\/[^/]+\/resourcegroups\/[^/]+\/(?:providers\/microsoft\.machinelearningservices\/)?workspaces\/([^/]+)\/)?datastores\/([^/]+)(?:\/|$)/i;

export interface DatastoreUri {
  datastore: string;
  /** The workspace the long form names. */
  workspace?: string;
}

export function parseDatastoreUri(s: string): DatastoreUri | undefined {
  const m = DATASTORE_URI.exec(s.trim());
  if (!m) return undefined;
  return m[1] ? { datastore: m[2], workspace: m[1] } : { datastore: m[2] };
}

/** The datastore a URI names, or undefined when the value is not a datastore URI. */
export function datastoreNameOf(v: MValue): string | undefined {
  return v.t === 'str' ? parseDatastoreUri(v.value)?.datastore : undefined;
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

/** A datastore a job or step reads: where it names it, and the URI (the same value, or the pipeline input it binds). */
export interface DatastoreInput {
  at: MString;
  uri: MString;
  datastore: string;
}

/**
 * The datastores a job or step reads: its `inputs` (an input's `path:`, or an input given as a
 * bare URI). A step input bound to the pipeline's (`${{parent.inputs.x}}`) reads what the
 * pipeline's input `x` names.
 */
export function datastoreInputs(node: MValue, parentInputs?: MValue): DatastoreInput[] {
  const inputs = get(node, 'inputs');
  if (inputs?.t !== 'obj') return [];
  const out: DatastoreInput[] = [];
  for (const e of inputs.entries) {
    const v = pathOf(e.value);
    if (!v) continue;
    const bound = /^\$\{\{\s*parent\.inputs\.([\w-]+)\s*\}\}$/.exec(v.value.trim());
    const uri = bound ? pathOf(get(parentInputs, bound[1])) : v;
    const datastore = uri && datastoreNameOf(uri);
    if (uri && datastore) out.push({ at: v, uri, datastore });
  }
  return out;
}

function pathOf(input: MValue | undefined): MString | undefined {
  const v = input?.t === 'obj' ? get(input, 'path') : input;
  return v?.t === 'str' ? v : undefined;
}
