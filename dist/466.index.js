export const id = 466;
export const ids = [466];
export const modules = {

/***/ 466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeOutputs: () => (/* binding */ writeOutputs)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./lib/src/engine/write-file.js
var write_file = __webpack_require__(9069);
// EXTERNAL MODULE: ./lib/src/app/exit-code.js
var exit_code = __webpack_require__(5156);
// EXTERNAL MODULE: ./lib/src/engine/lint.js + 3 modules
var engine_lint = __webpack_require__(5397);
;// CONCATENATED MODULE: ./lib/src/app/graph-report/build.js
/** The graph report of one run: `rules` are the enabled rules (those with `requirements` add theirs). */
function buildGraphReport(graph, rules) {
    const resources = unique(graph.model.resources.filter((r) => r.kind !== 'roleAssignment'), resourceId)
        .sort(byPlace)
        .map((r) => ({ id: resourceId(r), kind: r.kind, name: r.name?.t === 'str' ? r.name.value : null, file: r.file, line: r.decl.range.start.line, instance: r.instance ?? null }));
    const assignments = unique(graph.assignments, (a) => resourceId(a.resource))
        .sort((a, b) => byPlace(a.resource, b.resource))
        .map(reportAssignment);
    const requirements = rules.flatMap((rule) => (rule.requirements ? unique(rule.requirements(graph), needKey).map((n) => reportNeed(rule.meta.id, n)) : []));
    return { version: 1, resources, assignments, requirements };
}
/** A resource's id in the report: where it is declared, and which instance. */
function resourceId(r) {
    const at = `${r.file}:${r.decl.range.start.line}:${r.decl.range.start.column}`;
    return r.instance ? `${at}#${r.instance}` : at;
}
function reportAssignment(a) {
    return defined({ file: a.resource.file, line: a.resource.decl.range.start.line, instance: a.resource.instance ?? null, principal: reportPrincipal(a.principal), role: reportRole(a.role), scope: reportScope(a.scope), maybeDeployed: a.resource.maybeDeployed });
}
function reportTarget(t) {
    if (t.state === 'found')
        return { state: 'found', resource: resourceId(t.resource) };
    if (t.state === 'external')
        return defined({ state: 'external', type: t.type, name: t.name });
    return { state: 'unknown', why: t.why };
}
function reportPrincipal(p) {
    if (p.state === 'found')
        return { state: 'found', resource: resourceId(p.resource), system: p.system };
    return reportTarget(p);
}
function reportRole(r) {
    if (r.state === 'unknown')
        return { state: 'unknown', why: r.why };
    return defined({ state: 'known', name: r.role.roleName, id: r.role.id, custom: r.role.custom ? true : undefined });
}
function reportScope(s) {
    switch (s.kind) {
        case 'resource': {
            const t = reportTarget(s.target);
            return t.state === 'found' ? { state: 'resource', resource: t.resource } : t;
        }
        case 'resourceGroup':
            return defined({ state: 'resourceGroup', name: s.name });
        case 'subscription':
            return { state: 'subscription' };
        case 'managementGroup':
            return defined({ state: 'managementGroup', name: s.name });
        case 'unknown':
            return { state: 'unknown', why: s.why };
    }
}
function reportNeed(rule, n) {
    return defined({
        rule,
        subject: resourceId(n.subject),
        workspace: reportTarget(n.workspace),
        identity: reportTarget(n.identity),
        role: n.role,
        on: reportTarget(n.on),
        what: n.what,
        state: needState(n),
        optional: n.optional ? true : undefined,
        why: n.why,
    });
}
function needState(n) {
    return n.held === true ? 'granted' : n.held === false ? 'missing' : 'unknown';
}
/** One need per subject, identity, role and target (a resource read twice yields it twice). */
function needKey(n) {
    const t = (x) => JSON.stringify(reportTarget(x));
    return [resourceId(n.subject), t(n.identity), n.role, t(n.on)].join('|');
}
function unique(list, key) {
    const seen = new Map();
    for (const x of list)
        if (!seen.has(key(x)))
            seen.set(key(x), x);
    return [...seen.values()];
}
function byPlace(a, b) {
    const pa = a.decl.range.start;
    const pb = b.decl.range.start;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : pa.line - pb.line || pa.column - pb.column || (a.instance ?? '').localeCompare(b.instance ?? '', 'en');
}
/** Drops undefined fields, so the JSON shows only what is known. */
function defined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
//# sourceMappingURL=build.js.map
;// CONCATENATED MODULE: ./lib/src/app/graph-report/for-run.js


/** The graph report of a run, with the requirements of the rules its options leave on. */
function graphReportOf(result, options) {
    return buildGraphReport(result.graph(), options.rules.filter((r) => (0,engine_lint/* ruleEnabled */.wR)(options, r.meta.id)));
}
//# sourceMappingURL=for-run.js.map
;// CONCATENATED MODULE: ./lib/src/app/graph-report/mermaid.js
/** What the Action adds to the job summary: the identity map, when any rule requires a role here. */
function identityMapSection(report) {
    if (!report.requirements.length)
        return '';
    return ['## Identity map', '', identityMapMarkdown(report, { foldAbove: FOLD_ABOVE, maxDiagrams: MAX_SUMMARY_DIAGRAMS })].join('\n');
}
/** Beyond this many required roles a workspace's diagram is folded, so the summary stays scannable. */
const FOLD_ABOVE = 12;
/** GitHub renders each diagram in the page: keep the summary light on repositories with many workspaces. */
const MAX_SUMMARY_DIAGRAMS = 20;
const STATE_STYLE = {
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
function workspaceMaps(report) {
    const byId = new Map(report.resources.map((r) => [r.id, r]));
    const groups = new Map();
    for (const n of report.requirements) {
        const key = n.workspace.state === 'unknown' ? 'unknown' : targetKey(n.workspace);
        groups.set(key, [...(groups.get(key) ?? []), n]);
    }
    return [...groups].map(([key, needs]) => drawWorkspace(key, needs, byId));
}
/** The identity map as Markdown: one heading and one Mermaid diagram per workspace. */
function identityMapMarkdown(report, opts = {}) {
    const maps = workspaceMaps(report);
    const hashes = '#'.repeat(opts.level ?? 3);
    if (!maps.length)
        return 'No role requirements: no workspace, compute or endpoint here acts as a user-assigned identity.\n';
    const out = ['Edges: green = granted, red = missing, grey dashed = cannot tell. Yellow boxes are declared outside this repository.', ''];
    const shown = maps.slice(0, opts.maxDiagrams ?? maps.length);
    for (const m of shown) {
        const summary = `${markdownText(m.title)}: ${m.counts.missing} missing, ${m.counts.unknown} unknown, ${m.counts.granted} granted`;
        const body = ['```mermaid', m.mermaid, '```', ...(m.unknowns.length ? ['', ...m.unknowns.map((u) => `- ${markdownText(u)}`)] : [])];
        const total = m.counts.missing + m.counts.unknown + m.counts.granted;
        if (opts.foldAbove !== undefined && total > opts.foldAbove)
            out.push('<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', '');
        else
            out.push(`${hashes} ${summary}`, '', ...body, '');
    }
    if (shown.length < maps.length)
        out.push(`…and ${maps.length - shown.length} more workspaces: run \`amlguard graph --format mermaid\` to see them all.`, '');
    return out.join('\n');
}
function drawWorkspace(key, needs, byId) {
    const lines = ['flowchart LR'];
    const nodes = new Map();
    const edges = new Set();
    const linkStyles = { granted: [], missing: [], unknown: [], uses: [] };
    const counts = { granted: 0, missing: 0, unknown: 0 };
    const unknowns = [];
    let links = 0;
    const node = (t, what, as) => {
        const k = targetKey(t);
        let id = nodes.get(k);
        if (id)
            return id;
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
        if (edges.has(edge))
            continue;
        edges.add(edge);
        counts[n.state]++;
        const arrow = n.state === 'unknown' ? '-.->' : '-->';
        lines.push(`  ${who} ${arrow}|"${mermaidText(`${n.role}${n.optional ? ' (optional)' : ''}: ${n.state === 'missing' ? 'MISSING' : n.state}`)}"| ${to}`);
        linkStyles[n.state].push(links++);
        if (n.state === 'unknown' && n.why)
            unknowns.push(`${plainName(n.identity, byId)} → ${n.role} on ${n.what} ${plainName(n.on, byId)}: ${n.why}`);
    }
    for (const [state, idx] of Object.entries(linkStyles))
        if (idx.length && state !== 'uses')
            lines.push(`  linkStyle ${idx.join(',')} ${STATE_STYLE[state]}`);
    lines.push(...CLASSES.map((c) => `  ${c}`));
    const ws = key.startsWith('found:') ? byId.get(key.slice(6)) : undefined;
    const title = ws ? `Workspace '${ws.name ?? '(name not known)'}' (${ws.file}:${ws.line})` : key === 'unknown' ? 'Workspace not resolved' : `Workspace '${key.split('|').pop()}' (outside this repository)`;
    return { key, title, mermaid: lines.join('\n'), counts, unknowns: [...new Set(unknowns)] };
}
function targetKey(t) {
    if (t.state === 'found')
        return `found:${t.resource}`;
    if (t.state === 'external')
        return `external:${t.type ?? ''}|${t.name ?? ''}`;
    return `unknown:${t.why}`;
}
function shape(role, label) {
    if (role === 'identity')
        return `(["${label}"])`;
    if (role === 'subject')
        return `("${label}")`;
    return `["${label}"]`;
}
/** Two lines: what it is, and its name (or why it is not known). Both escaped for Mermaid. */
function nodeLabel(t, what, byId) {
    const second = t.state === 'found' ? plainName(t, byId) : t.state === 'external' ? `${t.name ?? '(not named)'} · outside this repository` : `not resolved: ${t.why}`;
    return `${mermaidText(what)}<br/>${mermaidText(cut(second))}`;
}
function plainName(t, byId) {
    if (t.state === 'external')
        return `'${t.name ?? '(not named)'}'`;
    if (t.state === 'unknown')
        return '(not resolved)';
    const r = byId.get(t.resource);
    // A resource whose name is not known is named by where it is declared (the file's base name keeps the box small).
    return r ? `${r.name ?? `${r.file.split('/').pop()}:${r.line}`}${r.instance ? ` [${r.instance}]` : ''}` : t.resource;
}
/** `onlineEndpoint` → `online endpoint`. */
function words(kind) {
    return kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
function cut(s) {
    return [...s].length > MAX_LABEL ? [...s].slice(0, MAX_LABEL - 1).join('') + '…' : s;
}
/**
 * Text for a quoted Mermaid label: every character that Mermaid, Markdown or HTML could read as
 * syntax (quotes, brackets, `#`, `%`, `|`, `<`, backquotes…) and anything outside printable ASCII
 * becomes a Mermaid entity code (`#34;`), which Mermaid shows as the character itself.
 */
function mermaidText(s) {
    let out = '';
    for (const ch of s.replace(/[\r\n\t]+/g, ' '))
        out += /^[A-Za-z0-9 .,:_\-/']$/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
    return out;
}
/** Text from the files inside Markdown: no HTML, and no character Markdown would read as syntax. */
function markdownText(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}
//# sourceMappingURL=mermaid.js.map
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/src/model/located.js
var located = __webpack_require__(7834);
// EXTERNAL MODULE: ./lib/src/engine/finding.js
var finding = __webpack_require__(8316);
;// CONCATENATED MODULE: ./lib/src/engine/fixes/plan.js
// Which fixes to apply, and the text they produce: pure, so --fix, --fix-dry-run and the job summary share it.


/**
 * Plans the fixes of the findings that are not suppressed, in finding order. A fix goes in whole
 * or not at all: when one of its edits overlaps an edit already taken it is skipped (the caller
 * re-lints and retries). Identical edits from two findings (the same role assignment needed twice)
 * go in once. Insertions at the same point go in finding order.
 */
function plan_planFixes(findings, readText) {
    const texts = new Map();
    const taken = new Map();
    const applied = [];
    const skipped = [];
    let seq = 0;
    const fileOf = (file) => {
        if (!texts.has(file)) {
            const text = readText(file);
            texts.set(file, text === undefined ? undefined : { text, lines: new located/* LineIndex */.r(text) });
        }
        return texts.get(file);
    };
    for (const f of findings) {
        if (f.suppression || !(0,finding/* hasEdits */.sF)(f))
            continue;
        const fix = f.fix;
        const placed = [];
        let ok = true;
        for (const e of fix.edits) {
            const src = fileOf(e.file);
            if (!src) {
                ok = false;
                break;
            }
            const start = src.lines.offset(e.range.start);
            const end = Math.max(start, src.lines.offset(e.range.end));
            placed.push({ file: e.file, edit: { start, end, text: e.replacement, seq: seq++ } });
        }
        const fresh = ok ? placed.filter((p) => !(taken.get(p.file) ?? []).some((t) => same(t, p.edit))) : [];
        if (!ok || fresh.some((p) => (taken.get(p.file) ?? []).some((t) => overlaps(t, p.edit))) || selfOverlap(fresh)) {
            skipped.push(fix);
            continue;
        }
        for (const p of fresh)
            taken.set(p.file, [...(taken.get(p.file) ?? []), p.edit]);
        applied.push(fix);
    }
    const changes = [];
    for (const [file, edits] of [...taken].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
        const before = texts.get(file).text;
        const after = applyEdits(before, edits);
        if (after !== before)
            changes.push({ file, before, after });
    }
    return { changes, applied, skipped };
}
/** The text with non-overlapping edits applied (insertions at one point in `seq` order). */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end || a.seq - b.seq);
    let out = '';
    let at = 0;
    for (const e of sorted) {
        out += text.slice(at, e.start) + e.text;
        at = Math.max(at, e.end);
    }
    return out + text.slice(at);
}
function same(a, b) {
    return a.start === b.start && a.end === b.end && a.text === b.text;
}
/** Two edits collide when their ranges share a character, or one replaces a range the other inserts into. */
function overlaps(a, b) {
    if (a.start < b.end && b.start < a.end)
        return true;
    const insideA = b.start === b.end && b.start > a.start && b.start < a.end;
    const insideB = a.start === a.end && a.start > b.start && a.start < b.end;
    return insideA || insideB;
}
function selfOverlap(edits) {
    return edits.some((p, i) => edits.some((q, j) => j > i && p.file === q.file && overlaps(p.edit, q.edit)));
}
//# sourceMappingURL=plan.js.map
;// CONCATENATED MODULE: ./lib/src/app/fix.js
// --fix: lint, write the planned fixes, and lint again until nothing changes (a fix skipped for
// overlapping another is retried on the next pass). A second --fix run then changes nothing.




/** Passes before giving up on fixes that keep colliding (each pass re-lints). */
const MAX_PASSES = 10;
/** A file under the scan root, read as text; anything outside the root is never read or written. */
function rootReader(root) {
    return (file) => {
        const abs = insideRoot(root, file);
        if (!abs)
            return undefined;
        try {
            return (0,external_node_fs_.readFileSync)(abs, 'utf8');
        }
        catch {
            return undefined;
        }
    };
}
function insideRoot(root, file) {
    const abs = (0,external_node_path_.resolve)(root, file);
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), abs);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? abs : undefined;
}
/** What the fixes would change, from one lint: for --fix-dry-run. */
function planOnce(options) {
    const result = lint(options);
    return { result, plan: planFixes(result.findings, rootReader(options.root)) };
}
/** Applies fixes in place, pass after pass, until a pass changes nothing. */
function fixInPlace(options) {
    const changed = new Set();
    let applied = 0;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
        const { result, plan } = planOnce(options);
        if (!plan.changes.length)
            return { result, fixesApplied: applied, filesChanged: [...changed].sort() };
        for (const c of plan.changes) {
            const abs = insideRoot(options.root, c.file);
            if (!abs)
                continue;
            writeFileSync(abs, c.after);
            changed.add(c.file);
        }
        applied += plan.applied.length;
    }
    return { result: lint(options), fixesApplied: applied, filesChanged: [...changed].sort() };
}
//# sourceMappingURL=fix.js.map
;// CONCATENATED MODULE: ./lib/src/reporters/annotations.js
// GitHub workflow-command annotations, as a pure formatter: the Action prints the same text.

/** GitHub shows at most this many annotations of each level per step. */
const ANNOTATION_CAP = 10;
/**
 * Chooses what to annotate: the first 10 errors, 10 warnings and notes (one notice slot is kept
 * for the "N more" pointer when anything was left out), less the slots `reserved` for the step's
 * own messages. Pure: no output.
 */
function planAnnotations(findings, opts = {}) {
    const active = findings.filter((f) => !f.suppression);
    const capOf = (s) => Math.max(0, ANNOTATION_CAP - (opts.reserved?.[s] ?? 0));
    // A failing step prints its own error line (setFailed, or the runner's exit-code error): it counts toward the 10.
    const errorCap = Math.max(0, capOf('error') - (opts.failing ? 1 : 0));
    const warningCap = capOf('warning');
    const by = (s) => active.filter((f) => f.severity === s);
    const errors = by('error');
    const warnings = by('warning');
    const notes = by('note');
    const overflow = errors.length > errorCap || warnings.length > warningCap || notes.length > capOf('note');
    const noteCap = Math.max(0, capOf('note') - (overflow ? 1 : 0));
    const chosen = [...errors.slice(0, errorCap), ...warnings.slice(0, warningCap), ...notes.slice(0, noteCap)];
    const omitted = {
        errors: Math.max(0, errors.length - errorCap),
        warnings: Math.max(0, warnings.length - warningCap),
        notes: Math.max(0, notes.length - noteCap),
    };
    const annotations = chosen.map((f) => ({ level: f.severity, message: f.message, props: propsOf(f) }));
    const total = omitted.errors + omitted.warnings + omitted.notes;
    if (total > 0) {
        annotations.push({
            level: 'note',
            message: `${total} more finding${total === 1 ? '' : 's'} not annotated (${omitted.errors} errors, ${omitted.warnings} warnings, ${omitted.notes} notes): GitHub shows ${ANNOTATION_CAP} per level. See the job summary and the SARIF file for all of them.`,
            props: { title: 'amlguard' },
        });
    }
    return { annotations, omitted };
}
function propsOf(f) {
    const { start, end } = f.loc.range;
    const props = { title: f.ruleId, file: f.loc.file, startLine: start.line, endLine: end.line };
    // GitHub accepts columns only when the annotation stays on one line.
    if (start.line === end.line) {
        props.startColumn = start.column;
        props.endColumn = Math.max(start.column, end.column);
    }
    return props;
}
const COMMAND = { error: 'error', warning: 'warning', note: 'notice' };
/** Workflow-command message text: `%`, CR and LF are escaped so a message stays one command. */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Workflow-command property values: also `:` and `,`, which separate properties. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One annotation as a workflow command (`::error title=…,file=…,line=…::message`). */
function annotationCommand(a) {
    const p = a.props;
    const props = [
        ['title', p.title],
        ['file', p.file],
        ['line', p.startLine],
        ['endLine', p.endLine],
        ['col', p.startColumn],
        ['endColumn', p.endColumn],
    ];
    const list = props.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${COMMAND[a.level]}${list.length ? ' ' + list.join(',') : ''}::${escapeData(a.message)}`;
}
/** The plan as workflow commands, one per line. */
function annotationsText(plan) {
    return plan.annotations.map((a) => annotationCommand(a) + '\n').join('');
}
/** The `github` reporter: the capped annotations of the findings. */
function githubReport(findings, ctx) {
    return annotationsText(planAnnotations(findings, { failing: !!ctx?.failOn && (0,finding/* failsAt */.ZN)(findings, ctx.failOn), reserved: ctx?.reservedAnnotations }));
}
//# sourceMappingURL=annotations.js.map
;// CONCATENATED MODULE: ./lib/src/reporters/azure-pipelines.js



/**
 * Escaping of the Azure Pipelines agent: `%` first (as `%AZP25`), then CR and LF everywhere, and in
 * property values also `;` (the property separator) and `]` (the end of the property list).
 */
function escapeAzureMessage(s) {
    return s.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeAzureProperty(s) {
    return escapeAzureMessage(s).replace(/;/g, '%3B').replace(/\]/g, '%5D');
}
function command(name, props, message) {
    const list = Object.entries(props)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${escapeAzureProperty(String(v))}`)
        .join(';');
    return `##vso[${name} ${list};]${escapeAzureMessage(message)}`;
}
/**
 * Azure DevOps logging commands: one `task.logissue` per error or warning (the agent knows no other
 * issue types, so notes are plain log lines), then `task.complete` when asked.
 */
function azurePipelinesReport(findings, ctx) {
    const active = findings.filter((f) => !f.suppression);
    const sourceRoot = ctx.rootUri ? (0,external_node_url_.fileURLToPath)(ctx.rootUri).replace(/\\/g, '/') : undefined;
    const lines = active.map((f) => {
        const { line, column } = f.loc.range.start;
        // The logging-command docs ask for absolute paths: the scan root's, when known.
        const path = sourceRoot ? external_node_path_.posix.join(sourceRoot, f.loc.file) : f.loc.file;
        if (f.severity === 'note')
            return plainLine(`note: ${f.loc.file}:${line}:${column}: ${f.message} [${f.ruleId}]`);
        return command('task.logissue', { type: f.severity, sourcepath: path, linenumber: line, columnnumber: column, code: f.ruleId }, f.message);
    });
    if (ctx.taskComplete)
        lines.push(command('task.complete', { result: completion(active, ctx.failOn ?? 'error') }, 'amlguard'));
    return lines.length ? lines.join('\n') + '\n' : '';
}
/** A log line that is not a command: the agent finds `##vso[` anywhere in a line, so a name from a file must not start one. */
function plainLine(s) {
    return escapeAzureMessage(s).replace(/##vso\[/gi, '##vso%5B');
}
function completion(active, failOn) {
    if ((0,finding/* failsAt */.ZN)(active, failOn))
        return 'Failed';
    return active.length ? 'SucceededWithIssues' : 'Succeeded';
}
//# sourceMappingURL=azure-pipelines.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/src/reporters/gitlab.js

/** GitLab's Code Quality scale is info, minor, major, critical, blocker. */
const SEVERITY = { error: 'major', warning: 'minor', note: 'info' };
/**
 * GitLab Code Quality JSON (`artifacts: reports: codequality`). The fingerprint is the finding's own
 * (rule, file and reported text, never the line), so an issue keeps its identity when lines move;
 * should two findings share one, the second is re-hashed with its rank so GitLab shows both.
 */
function gitlabReport(findings, _ctx) {
    const seen = new Map();
    const issues = findings
        .filter((f) => !f.suppression)
        .map((f) => {
        const n = seen.get(f.fingerprint) ?? 0;
        seen.set(f.fingerprint, n + 1);
        const fingerprint = n === 0 ? f.fingerprint : (0,external_node_crypto_.createHash)('sha256').update(`${f.fingerprint}\0${n}`).digest('hex').slice(0, 32);
        return {
            type: 'issue',
            check_name: f.ruleId,
            description: f.message,
            categories: ['Security'],
            severity: SEVERITY[f.severity],
            fingerprint,
            location: { path: f.loc.file, lines: { begin: f.loc.range.start.line, end: f.loc.range.end.line } },
        };
    });
    return JSON.stringify(issues, null, 2) + '\n';
}
//# sourceMappingURL=gitlab.js.map
;// CONCATENATED MODULE: ./lib/src/reporters/types.js
/** One sentence: what the change does to the findings. */
function changeSentence(c) {
    return `Compared with ${c.base}: the change adds ${c.added} finding${c.added === 1 ? '' : 's'} and fixes ${c.fixed.length}.`;
}
function helpUri(ctx, ruleId) {
    return `${ctx.helpBase}/${ruleId}/README.md`;
}
function countBySeverity(findings) {
    let errors = 0;
    let warnings = 0;
    let notes = 0;
    for (const f of findings) {
        if (f.suppression)
            continue;
        if (f.severity === 'error')
            errors++;
        else if (f.severity === 'warning')
            warnings++;
        else
            notes++;
    }
    return { errors, warnings, notes };
}
//# sourceMappingURL=types.js.map
;// CONCATENATED MODULE: ./lib/src/reporters/json.js

/** Findings as they are, with counts; suppressed findings included and marked. */
function jsonReport(findings, ctx) {
    const change = ctx.change && { base: ctx.change.base, added: ctx.change.added, fixed: ctx.change.fixed.length, fixedFindings: ctx.change.fixed };
    return JSON.stringify({ version: ctx.version, counts: countBySeverity(findings), ...(change ? { change } : {}), findings }, null, 2) + '\n';
}
//# sourceMappingURL=json.js.map
;// CONCATENATED MODULE: ./lib/src/reporters/junit.js

/** XML text and attribute escaping; characters XML 1.0 cannot carry are dropped. */
function escapeXml(s) {
    return s
        .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
/**
 * JUnit XML for CI systems that show test reports: one test suite per rule, one failing test case
 * per file the rule reported on (every finding of that rule in that file in its body), and one
 * passing case for a rule that found nothing.
 */
function junitReport(findings, ctx) {
    const active = findings.filter((f) => !f.suppression);
    const suites = [];
    let tests = 0;
    let failures = 0;
    for (const meta of ctx.rules) {
        const byFile = new Map();
        for (const f of active)
            if (f.ruleId === meta.id)
                byFile.set(f.loc.file, [...(byFile.get(f.loc.file) ?? []), f]);
        const cases = [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, list]) => {
            const worst = list.some((f) => f.severity === 'error') ? 'error' : list.some((f) => f.severity === 'warning') ? 'warning' : 'note';
            const summary = `${list.length} finding${list.length === 1 ? '' : 's'} (${worst})`;
            return [
                `    <testcase classname="${escapeXml(meta.id)}" name="${escapeXml(file)}" file="${escapeXml(file)}">`,
                `      <failure type="${worst}" message="${escapeXml(summary)}">${escapeXml(list.map(finding/* formatFinding */.tf).join('\n'))}</failure>`,
                '    </testcase>',
            ].join('\n');
        });
        if (!cases.length)
            cases.push(`    <testcase classname="${escapeXml(meta.id)}" name="no findings"/>`);
        tests += cases.length;
        failures += byFile.size;
        suites.push([`  <testsuite name="${escapeXml(meta.id)}" tests="${cases.length}" failures="${byFile.size}" errors="0" skipped="0">`, ...cases, '  </testsuite>'].join('\n'));
    }
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="amlguard ${escapeXml(ctx.version)}" tests="${tests}" failures="${failures}" errors="0">`,
        ...suites,
        '</testsuites>',
        '',
    ].join('\n');
}
//# sourceMappingURL=junit.js.map
;// CONCATENATED MODULE: ./lib/src/rule/learn-articles.js
/** The Microsoft Learn articles the built-in rules enforce, by URL: their titles, for links on rule pages. */
const LEARN_ARTICLES = {
    'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication': 'Set up authentication between Azure Machine Learning and other services',
    'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth': 'Authentication and authorization for online endpoints',
};
/** A markdown link to the article: its title when known, else the URL itself. */
function articleLink(url) {
    return `[${LEARN_ARTICLES[url] ?? url}](${url})`;
}
//# sourceMappingURL=learn-articles.js.map
;// CONCATENATED MODULE: ./lib/src/rule/docs.js

/** The help page body, from metadata only (SARIF `help.markdown`, `--explain`, rule READMEs). */
function ruleHelpMarkdown(meta) {
    const lines = [
        `# ${meta.id}`,
        '',
        '## Summary',
        '',
        meta.summary,
        '',
        `Default severity: **${meta.severity}** · Tags: ${meta.tags.map((t) => `\`${t}\``).join(', ') || '—'} · Formats: ${meta.formats.map((f) => `\`${f}\``).join(', ') || '—'}`,
        '',
        meta.description,
        '',
        ...sourceSection(meta),
        '## Why',
        '',
        meta.why,
        '',
        '## Fix',
        '',
        meta.fix,
        '',
    ];
    if (meta.options && Object.keys(meta.options.properties ?? {}).length) {
        lines.push('## Options', '', '```json', JSON.stringify(meta.options, null, 2), '```', '');
    }
    return lines.join('\n');
}
/** The statements the rule enforces, each with a link to its Microsoft Learn article. */
function sourceSection(meta) {
    if (!meta.source.length && !meta.learn?.length)
        return [];
    const statements = meta.source.flatMap((s) => [`> ${s.statement}`, '>', `> — Microsoft Learn: ${articleLink(s.url)}`, '']);
    const further = (meta.learn ?? []).filter((p) => !meta.source.some((s) => s.url === p.url));
    return ['## Source', '', ...statements, ...further.flatMap((p) => [`See also on Microsoft Learn: [${p.title}](${p.url})`, ''])];
}
/** Plain-text form for terminals. */
function ruleHelpText(meta) {
    return ruleHelpMarkdown(meta)
        .replace(/^#+ /gm, '')
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/\[([^\]]+)\]\((https:[^)]+)\)/g, '$1 <$2>');
}
//# sourceMappingURL=docs.js.map
;// CONCATENATED MODULE: ./lib/src/reporters/uri.js
/**
 * A repo-relative path as a URI path, percent-encoded per RFC 3986: each segment keeps only
 * unreserved characters, so `#`, `?`, `%`, spaces and brackets stay part of the file name (and a
 * markdown link's parentheses stay balanced). `/` still separates segments.
 */
function encodePath(path) {
    return path
        .split('/')
        .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
        .join('/');
}
//# sourceMappingURL=uri.js.map
;// CONCATENATED MODULE: ./lib/src/reporters/sarif.js




const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
/** `compute-identity-exclusive` → `ComputeIdentityExclusive` (SARIF rule names are PascalCase by convention). */
function pascal(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}
function physical(loc) {
    const { start, end } = loc.range;
    const region = { startLine: start.line, startColumn: start.column };
    // A zero-width range (start == end) is shown as a one-character region.
    if (end.line > start.line || (end.line === start.line && end.column > start.column)) {
        region.endLine = end.line;
        region.endColumn = end.column;
    }
    return { artifactLocation: { uri: encodePath(loc.file), uriBaseId: '%SRCROOT%' }, region };
}
/** An empty region (start == end) is an insertion point; SARIF needs all four numbers to say so. */
function deletedRegion(range) {
    return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}
/** SARIF `fix`: one artifactChange per file, its replacements in source order. */
function sarifFix(fix) {
    const byFile = new Map();
    for (const e of fix.edits)
        byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    return {
        description: { text: fix.description },
        artifactChanges: [...byFile].map(([file, edits]) => ({
            artifactLocation: { uri: encodePath(file), uriBaseId: '%SRCROOT%' },
            replacements: edits.map((e) => ({ deletedRegion: deletedRegion(e.range), insertedContent: { text: e.replacement } })),
        })),
    };
}
function ruleDescriptor(meta, ctx) {
    return {
        id: meta.id,
        name: pascal(meta.id),
        shortDescription: { text: meta.summary },
        fullDescription: { text: meta.description },
        help: { text: ruleHelpText(meta), markdown: ruleHelpMarkdown(meta) },
        helpUri: helpUri(ctx, meta.id),
        defaultConfiguration: { level: LEVEL[meta.severity] },
        properties: { tags: meta.tags, precision: 'high', 'security-severity': meta.securitySeverity.toFixed(1) },
    };
}
/** GitHub code scanning rejects a run with more results than this. */
const SARIF_RESULT_LIMIT = 25_000;
/**
 * Which findings fit in one run: all of them, or the most severe up to the limit (active before
 * suppressed, errors before warnings before notes), kept in their original order.
 */
function sarifSelection(findings, limit = SARIF_RESULT_LIMIT) {
    if (findings.length <= limit)
        return { kept: findings, omitted: 0 };
    const rank = (f) => (f.suppression ? 0 : finding/* SEVERITY_RANK */.f3[f.severity]);
    const order = findings.map((f, i) => ({ f, i })).sort((a, b) => rank(b.f) - rank(a.f) || a.i - b.i);
    const kept = order.slice(0, limit).sort((a, b) => a.i - b.i).map((x) => x.f);
    return { kept, omitted: findings.length - limit };
}
/** `category` → `category/`: GitHub reads `automationDetails.id` as `category/run-id`. */
function automationId(category) {
    return category.endsWith('/') ? category : `${category}/`;
}
/** SARIF 2.1.0, one run, every rule in `tool.driver.rules`, repo-relative URIs under `%SRCROOT%`. */
function sarifReport(findings, ctx) {
    const index = new Map(ctx.rules.map((r, i) => [r.id, i]));
    const limit = ctx.resultLimit ?? SARIF_RESULT_LIMIT;
    // Pull-request mode: every result carries its baselineState, and the base findings the change fixed come last as `absent`.
    const { kept, omitted } = sarifSelection([...findings, ...(ctx.change?.fixed ?? [])].filter((f) => index.has(f.ruleId)), limit);
    const results = kept.map((f) => {
        const result = {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: physical(f.loc) }],
            partialFingerprints: { 'amlguardFindingHash/v1': f.fingerprint },
        };
        if (f.related.length) {
            result.relatedLocations = f.related.map((r, i) => ({ id: i + 1, physicalLocation: physical(r.loc), message: { text: r.message } }));
        }
        if (f.fix && f.fix.edits.length)
            result.fixes = [sarifFix(f.fix)];
        if (f.suppression)
            result.suppressions = [{ kind: 'inSource', justification: f.suppression.justification }];
        if (f.baselineState)
            result.baselineState = f.baselineState;
        return result;
    });
    const run = {
        tool: {
            driver: {
                name: 'amlguard',
                version: ctx.version,
                semanticVersion: ctx.version,
                informationUri: ctx.helpBase.replace(/\/blob\/.*$/, '').replace(/\/rules$/, ''),
                rules: ctx.rules.map((m) => ruleDescriptor(m, ctx)),
            },
        },
        columnKind: 'utf16CodeUnits',
        results,
    };
    if (ctx.category)
        run.automationDetails = { id: automationId(ctx.category) };
    if (omitted > 0) {
        run.invocations = [
            {
                executionSuccessful: true,
                toolExecutionNotifications: [
                    {
                        level: 'warning',
                        descriptor: { id: 'results-truncated' },
                        message: { text: `${omitted} of ${kept.length + omitted} results were left out: code scanning accepts at most ${limit} per run. The most severe are kept; run amlguard --format json for all of them.` },
                    },
                ],
            },
        ];
    }
    if (ctx.rootUri)
        run.originalUriBaseIds = { '%SRCROOT%': { uri: ctx.rootUri.endsWith('/') ? ctx.rootUri : ctx.rootUri + '/' } };
    const log = {
        $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
        version: '2.1.0',
        runs: [run],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
//# sourceMappingURL=sarif.js.map
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./lib/src/reporters/fix-diff.js
// Unified diffs of planned fixes, for --fix-dry-run and the job summary. The `diff` package computes
// them (Myers' algorithm with hunk context), which we would otherwise have to write and maintain.

/** `git diff`-style patch of one file: `a/<file>` → `b/<file>`, three lines of context. */
function fileDiff(c) {
    const patch = (0,create/* createTwoFilesPatch */.ss)(`a/${c.file}`, `b/${c.file}`, c.before, c.after, undefined, undefined, { context: 3 });
    // The package starts with a `===` rule line; patch readers expect `---` first.
    return patch.replace(/^(Index: .*\n)?=+\n/, '');
}
/** Every changed file's patch, in file order. */
function changesDiff(changes) {
    return changes.map(fileDiff).join('');
}
//# sourceMappingURL=fix-diff.js.map
// EXTERNAL MODULE: ./lib/src/model/redact.js
var redact = __webpack_require__(4335);
;// CONCATENATED MODULE: ./lib/src/reporters/summary.js







/** Fix diffs shown; each is folded, but the summary still has a 1 MiB limit. */
const MAX_FIXES = 50;
/** Characters of one fix's diff shown before it is cut. */
const MAX_DIFF = 8000;
/** Rows shown in the detail table; the summary has a 1 MiB limit and a reader has less. */
const MAX_ROWS = 200;
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/\|/g, '&#124;');
}
/** The job summary as markdown/HTML: counts, a table by rule, and one by file and line. Every user string is escaped. */
function summaryMarkdown(findings, ctx) {
    const active = findings.filter((f) => !f.suppression);
    const n = countBySeverity(findings);
    const out = ['## amlguard', ''];
    if (ctx.change)
        out.push(escapeHtml(changeSentence(ctx.change)), '');
    if (!active.length) {
        out.push(`No problems found${ctx.fileCount !== undefined ? ` in ${ctx.fileCount} files` : ''}.`, '');
        return out.join('\n');
    }
    out.push(`**${n.errors}** errors · **${n.warnings}** warnings · **${n.notes}** notes${ctx.fileCount !== undefined ? ` in ${ctx.fileCount} files` : ''}`, '');
    const byRule = new Map();
    for (const f of active) {
        const c = byRule.get(f.ruleId) ?? { errors: 0, warnings: 0, notes: 0 };
        if (f.severity === 'error')
            c.errors++;
        else if (f.severity === 'warning')
            c.warnings++;
        else
            c.notes++;
        byRule.set(f.ruleId, c);
    }
    out.push('| Rule | Errors | Warnings | Notes |', '| --- | ---: | ---: | ---: |');
    for (const [id, c] of [...byRule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        out.push(`| [${escapeHtml(id)}](${helpUri(ctx, id)}) | ${c.errors} | ${c.warnings} | ${c.notes} |`);
    }
    out.push('', '| Severity | File | Line | Rule | Message |', '| --- | --- | ---: | --- | --- |');
    for (const f of active.slice(0, MAX_ROWS)) {
        const line = f.loc.range.start.line;
        const file = escapeHtml(f.loc.file);
        const fileCell = ctx.blobBase ? `[${file}](${ctx.blobBase}/${encodePath(f.loc.file)}#L${line})` : file;
        out.push(`| ${f.severity}${f.baselineState === 'new' ? ' (new)' : ''} | ${fileCell} | ${line} | [${escapeHtml(f.ruleId)}](${helpUri(ctx, f.ruleId)}) | ${escapeHtml(f.message).replace(/\r?\n/g, ' ')} |`);
    }
    const { omitted } = sarifSelection(findings);
    if (active.length > MAX_ROWS)
        out.push('', `…and ${active.length - MAX_ROWS} more; the ${omitted ? 'JSON report' : 'SARIF file'} has them all.`);
    if (omitted)
        out.push('', `The SARIF file keeps the ${SARIF_RESULT_LIMIT.toLocaleString('en-US')} most severe of ${findings.length.toLocaleString('en-US')} results (code scanning's limit per run): ${omitted.toLocaleString('en-US')} were left out; \`amlguard --format json\` lists them all.`);
    out.push('', ...fixSections(active, ctx));
    out.push('');
    return out.join('\n');
}
/**
 * One folded `<details>` per finding with a fix: the description as the summary line and the fix as
 * a diff. Needs the files' text (`readSource`); without it only the descriptions are listed.
 */
function fixSections(active, ctx) {
    const fixable = active.filter(finding/* hasEdits */.sF);
    if (!fixable.length)
        return [];
    const out = ['### Fixes', '', `${fixable.length} finding${fixable.length === 1 ? ' has a fix' : 's have fixes'}: run \`amlguard --fix\` to apply ${fixable.length === 1 ? 'it' : 'them'}.`, ''];
    for (const f of fixable.slice(0, MAX_FIXES)) {
        const where = `${escapeHtml(f.loc.file)}:${f.loc.range.start.line}`;
        out.push('<details>', `<summary>${where} ${escapeHtml(f.ruleId)}: ${escapeHtml(f.fix.description).replace(/\r?\n/g, ' ')}</summary>`, '');
        const diff = ctx.readSource ? plan_planFixes([f], ctx.readSource).changes.map(fileDiff).join('') : '';
        if (diff) {
            const safe = diff.split('\n').map((l) => (0,redact/* redactLine */.Mq)(l, ctx.secrets)).join('\n');
            const shown = safe.length > MAX_DIFF ? safe.slice(0, MAX_DIFF) + '\n… (cut)\n' : safe;
            // A fence longer than any backtick run inside, so file text cannot close it.
            const fence = '`'.repeat(Math.max(3, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length + 1)));
            out.push(fence + 'diff', shown.replace(/\n$/, ''), fence);
        }
        out.push('</details>', '');
    }
    if (fixable.length > MAX_FIXES)
        out.push(`…and ${fixable.length - MAX_FIXES} more fixes; \`amlguard --fix-dry-run\` shows them all.`, '');
    return out;
}
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./lib/src/reporters/text.js



const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', note: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m' };
/** `file:line:col: message [rule-id]`, a source line with a caret under the column, and a count. */
function textReport(findings, ctx) {
    const out = [];
    const c = (k, s) => (ctx.color ? COLORS[k] + s + COLORS.reset : s);
    const cache = new Map();
    for (const f of findings) {
        if (f.suppression)
            continue;
        // The first line keeps its `… [rule]` shape (problem matchers read it); the fix note goes below.
        out.push((0,finding/* formatFinding */.tf)(f));
        const level = f.severity + ((0,finding/* hasEdits */.sF)(f) ? ' (fix available)' : '');
        // A fix without edits says what to run outside the repository.
        if (f.fix && !(0,finding/* hasEdits */.sF)(f))
            out.push(`  to fix: ${f.fix.description.replace(/\r?\n/g, '\n    ')}`);
        if (f.secret || !ctx.readSource) {
            out.push(`  ${c(f.severity, level)}`);
            continue;
        }
        if (!cache.has(f.loc.file))
            cache.set(f.loc.file, ctx.readSource(f.loc.file)?.split(/\r?\n|\r/));
        const line = cache.get(f.loc.file)?.[f.loc.range.start.line - 1];
        if (line === undefined) {
            out.push(`  ${c(f.severity, level)}`);
            continue;
        }
        const safe = (0,redact/* redactLine */.Mq)(line, ctx.secrets);
        const shown = safe.length > 200 ? safe.slice(0, 200) + '…' : safe;
        const col = Math.min(f.loc.range.start.column - 1, shown.length);
        const width = f.loc.range.end.line === f.loc.range.start.line ? Math.max(1, Math.min(f.loc.range.end.column - f.loc.range.start.column, shown.length - col)) : 1;
        out.push(c('dim', `  ${shown.replace(/\t/g, ' ')}`));
        out.push(`  ${' '.repeat(col)}${c(f.severity, '^'.repeat(width) + ' ' + level)}`);
    }
    const n = countBySeverity(findings);
    const fixable = findings.filter((f) => !f.suppression && (0,finding/* hasEdits */.sF)(f)).length;
    const total = n.errors + n.warnings + n.notes;
    out.push(total === 0 ? `No problems found${ctx.fileCount !== undefined ? ` in ${ctx.fileCount} files` : ''}.` : `${total} problem${total === 1 ? '' : 's'} (${n.errors} error${n.errors === 1 ? '' : 's'}, ${n.warnings} warning${n.warnings === 1 ? '' : 's'}, ${n.notes} note${n.notes === 1 ? '' : 's'})${ctx.fileCount !== undefined ? ` in ${ctx.fileCount} files` : ''}.`);
    if (ctx.change)
        out.push(changeSentence(ctx.change));
    if (fixable)
        out.push(`${fixable} of them ${fixable === 1 ? 'has a fix' : 'have fixes'}: run with --fix-dry-run to see ${fixable === 1 ? 'it' : 'them'}, --fix to apply.`);
    return out.join('\n') + '\n';
}
//# sourceMappingURL=text.js.map
;// CONCATENATED MODULE: ./lib/src/reporters/registry.js








const reporter = (r) => r;
const REPORTERS = [
    reporter({ id: 'text', description: 'file:line:col: message [rule], with the source line (default)', render: textReport }),
    reporter({ id: 'json', description: 'the findings with ranges, related locations and fingerprints', render: jsonReport }),
    reporter({ id: 'sarif', description: 'SARIF 2.1.0 for code scanning', render: sarifReport }),
    reporter({ id: 'github', description: 'GitHub workflow-command annotations, as the Action writes them', render: githubReport }),
    reporter({ id: 'azure-pipelines', description: 'Azure DevOps logging commands (task.logissue; --task-complete adds the result)', render: azurePipelinesReport }),
    reporter({ id: 'junit', description: 'JUnit XML: one test case per rule and file, for CI test reports', render: junitReport }),
    reporter({ id: 'gitlab', description: 'GitLab Code Quality JSON, fingerprints stable across moved lines', render: gitlabReport }),
    reporter({ id: 'markdown', description: 'counts and a table by rule and file, as the Action\'s job summary', render: summaryMarkdown }),
];
function reporterById(id) {
    return REPORTERS.find((r) => r.id === id);
}
//# sourceMappingURL=registry.js.map
;// CONCATENATED MODULE: ./lib/src/version.js
/** Kept equal to package.json's version (checked by a test). */
const VERSION = '0.1.0';
/** Where rule help pages live (SARIF helpUri, job summary links). */
const HELP_BASE = 'https://github.com/amlguard/amlguard/blob/main/rules';
//# sourceMappingURL=version.js.map
;// CONCATENATED MODULE: ./lib/src/action/outputs.js
// What the Action produces from a scan: the SARIF file, the job summary, the annotations, the
// step outputs and pass/fail. Loaded by main.ts once the scan is done (the reporters are not
// start-up cost).











async function writeOutputs({ inputs, workspace, options, result, change, judged }) {
    const repo = process.env.GITHUB_REPOSITORY;
    const sha = process.env.GITHUB_SHA;
    const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
    const ctx = {
        rules: result.rules,
        version: VERSION,
        helpBase: HELP_BASE,
        fileCount: result.fileCount,
        blobBase: repo && sha ? `${server}/${repo}/blob/${sha}` : undefined,
        rootUri: (0,external_node_url_.pathToFileURL)((0,external_node_path_.resolve)(workspace)).href + '/',
        // The step's failure line is an error annotation too: the github reporter leaves room for it.
        failOn: inputs.failOn,
        category: inputs.category,
        secrets: result.secrets,
        change,
        // The job summary shows each fix as a diff of the file it edits.
        readSource: rootReader(workspace),
    };
    // Each output is independent: one that cannot be written is a one-line error or warning and
    // the others (annotations, outputs, pass/fail) are still produced. Those lines are annotations
    // too, printed before the findings' so that GitHub's per-level cap cannot drop them, and the
    // github reporter leaves room for them.
    const sarifPath = (0,external_node_path_.resolve)(workspace, inputs.sarifFile);
    const render = (id, findings = result.findings) => reporterById(id).render(findings, ctx);
    const sarifProblem = (0,write_file/* writeOutputFile */.B)(sarifPath, render('sarif'));
    if (sarifProblem)
        core/* error */.z3(`amlguard: cannot write the SARIF file ${inputs.sarifFile}: ${sarifProblem}.`, { title: 'amlguard' });
    let summaryProblem;
    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
        const map = inputs.identityMap ? identityMapSection(graphReportOf(result, options)) : '';
        try {
            await core/* summary */.z.addRaw(render('markdown') + (map ? `
${map}` : '')).write();
        }
        catch (e) {
            summaryProblem = (0,write_file/* writeProblem */.b)(e);
            core/* warning */.$e(`amlguard: cannot write the job summary: ${summaryProblem}.`, { title: 'amlguard' });
        }
    }
    // The annotations are workflow commands on stdout, escaped once by the github reporter.
    const reservedAnnotations = { error: sarifProblem ? 1 : 0, warning: summaryProblem ? 1 : 0 };
    if (inputs.annotations)
        process.stdout.write(reporterById('github').render(judged, { ...ctx, reservedAnnotations }));
    const counts = countBySeverity(result.findings);
    core/* setOutput */.uH('sarif-file', sarifProblem ? '' : sarifPath);
    core/* setOutput */.uH('errors', counts.errors);
    core/* setOutput */.uH('warnings', counts.warnings);
    core/* setOutput */.uH('notes', counts.notes);
    core/* setOutput */.uH('findings', counts.errors + counts.warnings + counts.notes);
    if (change) {
        core/* setOutput */.uH('new-findings', change.added);
        core/* setOutput */.uH('fixed-findings', change.fixed.length);
    }
    core/* info */.pq(`amlguard ${VERSION}: ${result.fileCount} files, ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notes} notes. SARIF: ${sarifPath}`);
    if ((0,exit_code/* exitCode */.I)(judged, inputs.failOn) !== 0) {
        const n = countBySeverity(judged);
        core/* setFailed */.C1(`amlguard found ${judged === result.findings ? '' : 'new '}problems at or above '${inputs.failOn}': ${n.errors} errors, ${n.warnings} warnings, ${n.notes} notes.`);
    }
}
//# sourceMappingURL=outputs.js.map

/***/ })

};
