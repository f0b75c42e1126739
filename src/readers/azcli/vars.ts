// Shell variables a script assigns, so `$VAR` / `"${VAR}"` in a later az command reads as what
// was assigned: a literal (`RG=rg-ml`), or the resource an az command created or showed
// (`ID=$(az identity create -n uai-train … --query principalId -o tsv)`).
import type { AzCommand, Span } from '../../parsers/shell/azcli.js';
import type { Loc } from '../../model/located.js';
import type { MValue, ResourceRef } from '../../model/value.js';

/** The value a variable holds at an offset of the script (its last assignment before it). */
export type Vars = (name: string, offset: number) => Assigned | undefined;

export type Assigned = { kind: 'literal'; value: MValue & { t: 'str' } } | { kind: 'resource'; ref: ResourceRef; what: string };

/** az commands whose output (`--query id|principalId|…`) names the resource they create or show. */
const RESOURCE_COMMANDS: { words: string[]; verbs: string[]; type: string; what: string }[] = [
  { words: ['identity'], verbs: ['create', 'show'], type: 'Microsoft.ManagedIdentity/userAssignedIdentities', what: 'identity' },
  { words: ['acr'], verbs: ['create', 'show'], type: 'Microsoft.ContainerRegistry/registries', what: 'registry' },
  { words: ['storage', 'account'], verbs: ['create', 'show'], type: 'Microsoft.Storage/storageAccounts', what: 'storage account' },
  { words: ['ml', 'workspace'], verbs: ['create', 'show'], type: 'Microsoft.MachineLearningServices/workspaces', what: 'workspace' },
  { words: ['keyvault'], verbs: ['create', 'show'], type: 'Microsoft.KeyVault/vaults', what: 'key vault' },
  { words: ['ad', 'sp'], verbs: ['create-for-rbac', 'show'], type: 'Microsoft.Graph/servicePrincipals', what: 'service principal' },
];

/** `--query` values and the `ResourceRef.property` they read. */
const QUERY_PROPERTIES: Record<string, string> = { id: 'id', principalid: 'principalId', 'identity.principalid': 'principalId', clientid: 'clientId', appid: 'clientId', name: 'name', tenantid: 'tenantId' };

const SH_LITERAL = /^[ \t]*(?:export[ \t]+|local[ \t]+|readonly[ \t]+)?([A-Za-z_]\w*)=(?:"([^"$`\\]*)"|'([^']*)'|([^\s;&|$`'"()\\#]+))[ \t]*(?:#.*)?$/dgm;
const PS_LITERAL = /^[ \t]*\$([A-Za-z_]\w*)[ \t]*=[ \t]*(?:"([^"$`]*)"|'([^']*)')[ \t]*(?:#.*)?$/dgm;

/** The script's assignments, in order; `commands` are its az commands (parsed once by the caller). */
export function scriptVars(script: string, dialect: 'sh' | 'ps1', commands: AzCommand[], at: (span: Span) => Loc): Vars {
  const assigned: { name: string; offset: number; value: Assigned }[] = [];
  for (const m of script.matchAll(dialect === 'sh' ? SH_LITERAL : PS_LITERAL)) {
    const group = [2, 3, 4].find((g) => m[g] !== undefined) ?? 2;
    const text = m[group] ?? '';
    const [start, end] = m.indices?.[group] ?? [m.index, m.index];
    assigned.push({ name: m[1], offset: m.index, value: { kind: 'literal', value: { t: 'str', value: text, loc: at({ start, end }) } } });
  }
  const lookup: Vars = (name, offset) => {
    let hit: Assigned | undefined;
    for (const a of assigned) if (a.name === name && a.offset < offset) hit = a.value;
    return hit;
  };
  for (const cmd of commands) {
    const name = assignedTo(script, cmd, dialect);
    const res = name && resourceOutput(cmd, (n) => lookup(n, cmd.span.start));
    if (name && res) assigned.push({ name, offset: cmd.span.start, value: res });
  }
  assigned.sort((a, b) => a.offset - b.offset);
  return lookup;
}

/** `NAME=$(az …`, `NAME="$(az …`, `` NAME=`az … `` or PowerShell `$NAME = az …` right before the command. */
function assignedTo(script: string, cmd: AzCommand, dialect: 'sh' | 'ps1'): string | undefined {
  const lineStart = script.lastIndexOf('\n', cmd.span.start - 1) + 1;
  const before = script.slice(lineStart, cmd.span.start);
  const m = dialect === 'sh' ? /(?:^|[\s;])(?:export\s+|local\s+)?([A-Za-z_]\w*)=(?:"?\$\(|`)\s*$/.exec(before) : /\$([A-Za-z_]\w*)\s*=\s*(?:\$\(\s*)?$/.exec(before);
  return m?.[1];
}

/** What `--query <prop>` of a resource-creating or -showing command names, when the resource's name is known. */
function resourceOutput(cmd: AzCommand, vars: (name: string) => Assigned | undefined): Assigned | undefined {
  const spec = RESOURCE_COMMANDS.find((c) => c.words.every((w, i) => cmd.group[i] === w) && c.verbs.includes(cmd.group[c.words.length]) && cmd.group.length === c.words.length + 1);
  if (!spec) return undefined;
  const flag = (...names: string[]) => [...cmd.flags].reverse().find((f) => names.includes(f.name))?.value;
  const query = flag('--query');
  const property = query ? (query.text === null ? undefined : QUERY_PROPERTIES[query.text.trim().replace(/^\[|\]$/g, '').toLowerCase()]) : undefined;
  if (query && !property) return undefined;
  const nameWord = flag('--name', '-n') ?? (spec.words[0] === 'ad' ? flag('--display-name', '--id') : undefined);
  let name = nameWord?.text ?? undefined;
  if (nameWord && nameWord.text === null) {
    const v = wholeVariable(nameWord.raw);
    const a = v ? vars(v) : undefined;
    name = a?.kind === 'literal' ? a.value.value : undefined;
  }
  if (!name) return undefined;
  return { kind: 'resource', ref: { type: spec.type, name, ...(property ? { property } : {}) }, what: `${spec.what} '${name}'` };
}

/** `$X`, `${X}`, `"$X"`, `"${X}"` (and PowerShell `$X`): the variable's name, when the word is only that. */
export function wholeVariable(raw: string): string | undefined {
  return /^"?\$\{?([A-Za-z_]\w*)\}?"?$/.exec(raw)?.[1];
}
