import type { GraphReport, NeedState, ReportRequirement, ReportResource, ReportTarget } from './build.js';

/** One workspace's identity map: a Mermaid flowchart of the roles its identities need. */
export interface WorkspaceMap {
  /** The workspace's resource id, or a key for a workspace declared elsewhere or not resolved. */
  key: string;
  /** The heading, as plain text. */
  title: string;
  mermaid: string;
  counts: Record<NeedState, number>;
  /** Unknown answers and why, one line each, as plain text. */
  unknowns: string[];
}

export interface MapOptions {
  /** Diagrams with more required roles than this are folded in `<details>` (default: never). */
  foldAbove?: number;
  /** Markdown heading level of each workspace (default 3). */
  level?: number;
  /** At most this many diagrams; the rest are counted (default: all). */
  maxDiagrams?: number;
}

/** What the Action adds to the job summary: the identity map, when any rule requires a role here. */
export function identityMapSection(report: GraphReport): string {
  if (!report.requirements.length) return '';
  return ['## Identity map', '', identityMapMarkdown(report, { foldAbove: FOLD_ABOVE, maxDiagrams: MAX_SUMMARY_DIAGRAMS })].join('\n');
}

/** Beyond this many required roles a workspace's diagram is folded, so the summary stays scannable. */
const FOLD_ABOVE = 12;
/** GitHub renders each diagram in the page: keep the summary light on repositories with many workspaces. */
const MAX_SUMMARY_DIAGRAMS = 20;

const STATE_STYLE: Record<NeedState, string> = {
  granted: 'stroke:#1a7f37,stroke-width:2px',
  missing: 'stroke:#cf222e,stroke-width:3px',
  unknown: 'stroke:#8c959f,stroke-width:2px,stroke-dasharray:5 4',
};

const CLASSES = [
  'classDef subject fill:#f6f8fa,stroke:#57606a',
  'classDef identity fill:#ddf4ff,stroke:#0969da',
  'classDef resource fill:#ffffff,stroke:#57606a',
  'classDef outside fill:#fff8c5,stroke:#9a6700,stroke-dasharray:4 3',
  'classDef unresolved fill:#ffebe9,stroke:#8c959f,stroke-dasharray:4 3',
];

/** Longest text a node shows of a name or a reason. */
const MAX_LABEL = 60;

/**
 * The identity map, per workspace: the workspace, computes and endpoints (left), the identities
 * they use (middle) and the resources those identities must reach (right), each required role an
 * edge marked granted, missing or unknown. Built from the rules' requirements in the report.
 */
export function workspaceMaps(report: GraphReport): WorkspaceMap[] {
  const byId = new Map(report.resources.map((r) => [r.id, r]));
  const groups = new Map<string, ReportRequirement[]>();
  for (const n of report.requirements) {
    const key = n.workspace.state === 'unknown' ? 'unknown' : targetKey(n.workspace);
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  return [...groups].map(([key, needs]) => drawWorkspace(key, needs, byId));
}

/** The identity map as Markdown: one heading and one Mermaid diagram per workspace. */
export function identityMapMarkdown(report: GraphReport, opts: MapOptions = {}): string {
  const maps = workspaceMaps(report);
  const hashes = '#'.repeat(opts.level ?? 3);
  if (!maps.length) return 'No role requirements: no workspace, compute or endpoint here acts as a user-assigned identity.\n';
  const out: string[] = ['Edges: green = granted, red = missing, grey dashed = cannot tell. Yellow boxes are declared outside this repository.', ''];
  const shown = maps.slice(0, opts.maxDiagrams ?? maps.length);
  for (const m of shown) {
    const summary = `${markdownText(m.title)}: ${m.counts.missing} missing, ${m.counts.unknown} unknown, ${m.counts.granted} granted`;
    const body = ['```mermaid', m.mermaid, '```', ...(m.unknowns.length ? ['', ...m.unknowns.map((u) => `- ${markdownText(u)}`)] : [])];
    const total = m.counts.missing + m.counts.unknown + m.counts.granted;
    if (opts.foldAbove !== undefined && total > opts.foldAbove) out.push('<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', '');
    else out.push(`${hashes} ${summary}`, '', ...body, '');
  }
  if (shown.length < maps.length) out.push(`…and ${maps.length - shown.length} more workspaces: run \`amlguard graph --format mermaid\` to see them all.`, '');
  return out.join('\n');
}

function drawWorkspace(key: string, needs: ReportRequirement[], byId: Map<string, ReportResource>): WorkspaceMap {
  const lines: string[] = ['flowchart LR'];
  const nodes = new Map<string, string>();
  const edges = new Set<string>();
  const linkStyles: Record<NeedState | 'uses', number[]> = { granted: [], missing: [], unknown: [], uses: [] };
  const counts: Record<NeedState, number> = { granted: 0, missing: 0, unknown: 0 };
  const unknowns: string[] = [];
  let links = 0;

  const node = (t: ReportTarget, what: string, as: 'subject' | 'identity' | 'resource'): string => {
    const k = targetKey(t);
    let id = nodes.get(k);
    if (id) return id;
    id = `n${nodes.size}`;
    nodes.set(k, id);
    // The workspace keeps its look whether it is first met as a subject or as a target.
    const role = k === key ? 'subject' : as;
    const cls = t.state === 'external' ? 'outside' : t.state === 'unknown' ? 'unresolved' : role;
    lines.push(`  ${id}${shape(role, nodeLabel(t, what, byId))}:::${cls}`);
    return id;
  };

  for (const n of needs) {
    const subject = byId.get(n.subject);
    const from = node({ state: 'found', resource: n.subject }, subject ? words(subject.kind) : 'resource', 'subject');
    const who = node(n.identity, 'identity', 'identity');
    const uses = `${from}>${who}`;
    if (!edges.has(uses)) {
      edges.add(uses);
      lines.push(`  ${from} -.->|uses| ${who}`);
      linkStyles.uses.push(links++);
    }
    const to = node(n.on, n.what, 'resource');
    const edge = `${who}>${to}>${n.role}`;
    if (edges.has(edge)) continue;
    edges.add(edge);
    counts[n.state]++;
    const arrow = n.state === 'unknown' ? '-.->' : '-->';
    lines.push(`  ${who} ${arrow}|"${mermaidText(`${n.role}${n.optional ? ' (optional)' : ''}: ${n.state === 'missing' ? 'MISSING' : n.state}`)}"| ${to}`);
    linkStyles[n.state].push(links++);
    if (n.state === 'unknown' && n.why) unknowns.push(`${plainName(n.identity, byId)} → ${n.role} on ${n.what} ${plainName(n.on, byId)}: ${n.why}`);
  }
  for (const [state, idx] of Object.entries(linkStyles)) if (idx.length && state !== 'uses') lines.push(`  linkStyle ${idx.join(',')} ${STATE_STYLE[state as NeedState]}`);
  lines.push(...CLASSES.map((c) => `  ${c}`));
  const ws = key.startsWith('found:') ? byId.get(key.slice(6)) : undefined;
  const title = ws ? `Workspace '${ws.name ?? '(name not known)'}' (${ws.file}:${ws.line})` : key === 'unknown' ? 'Workspace not resolved' : `Workspace '${key.split('|').pop()}' (outside this repository)`;
  return { key, title, mermaid: lines.join('\n'), counts, unknowns: [...new Set(unknowns)] };
}

function targetKey(t: ReportTarget): string {
  if (t.state === 'found') return `found:${t.resource}`;
  if (t.state === 'external') return `external:${t.type ?? ''}|${t.name ?? ''}`;
  return `unknown:${t.why}`;
}

function shape(role: 'subject' | 'identity' | 'resource', label: string): string {
  if (role === 'identity') return `(["${label}"])`;
  if (role === 'subject') return `("${label}")`;
  return `["${label}"]`;
}

/** Two lines: what it is, and its name (or why it is not known). Both escaped for Mermaid. */
function nodeLabel(t: ReportTarget, what: string, byId: Map<string, ReportResource>): string {
  const second = t.state === 'found' ? plainName(t, byId) : t.state === 'external' ? `${t.name ?? '(not named)'} · outside this repository` : `not resolved: ${t.why}`;
  return `${mermaidText(what)}<br/>${mermaidText(cut(second))}`;
}

function plainName(t: ReportTarget, byId: Map<string, ReportResource>): string {
  if (t.state === 'external') return `'${t.name ?? '(not named)'}'`;
  if (t.state === 'unknown') return '(not resolved)';
  const r = byId.get(t.resource);
  // A resource whose name is not known is named by where it is declared (the file's base name keeps the box small).
  return r ? `${r.name ?? `${r.file.split('/').pop()}:${r.line}`}${r.instance ? ` [${r.instance}]` : ''}` : t.resource;
}

/** `onlineEndpoint` → `online endpoint`. */
function words(kind: string): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function cut(s: string): string {
  return [...s].length > MAX_LABEL ? [...s].slice(0, MAX_LABEL - 1).join('') + '…' : s;
}

/**
 * Text for a quoted Mermaid label: every character that Mermaid, Markdown or HTML could read as
 * syntax (quotes, brackets, `#`, `%`, `|`, `<`, backquotes…) and anything outside printable ASCII
 * becomes a Mermaid entity code (`#34;`), which Mermaid shows as the character itself.
 */
export function mermaidText(s: string): string {
  let out = '';
  for (const ch of s.replace(/[\r\n\t]+/g, ' ')) out += /^[A-Za-z0-9 .,:_\-/']$/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

/** Text from the files inside Markdown: no HTML, and no character Markdown would read as syntax. */
export function markdownText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}
