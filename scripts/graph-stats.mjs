// How much of the role-assignment graph amlguard resolves on a folder (default ../shared/corpus):
// the share of role assignments with principal, role and scope all resolved, the top reasons for
// what stays unknown (each with an example file), and the answers to the rules' requirements.
// Run `npm run graph-stats [-- folder]` (it compiles first).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinRules } from '../lib/rules/index.js';
import { buildGraphReport } from '../lib/src/app/graph-report/build.js';
import { isResolved } from '../lib/src/app/graph-report/text.js';
import { lint } from '../lib/src/engine/lint.js';
import { Graph } from '../lib/src/model/graph.js';

const root = resolve(process.argv[2] ?? new URL('../../shared/corpus', import.meta.url).pathname);
if (!existsSync(root)) {
  console.error(`graph-stats: ${root} does not exist.`);
  process.exit(2);
}
const { model } = lint({ root, rules: builtinRules, only: [] });
const report = buildGraphReport(new Graph(model), builtinRules);

const all = report.assignments.length;
const resolved = report.assignments.filter(isResolved).length;
const pct = (n, d) => (d ? `${Math.round((100 * n) / d)}%` : '-');
console.log(`${root}`);
console.log(`role assignments: ${all}; principal, role and scope all resolved: ${resolved} (${pct(resolved, all)})`);
for (const part of ['principal', 'role', 'scope']) {
  const known = report.assignments.filter((a) => a[part].state !== 'unknown').length;
  console.log(`  ${part.padEnd(9)} resolved ${known} (${pct(known, all)})`);
}

// Names and values in the reasons become X, so that one cause is counted once.
const general = (why) => why.replace(/'[^']*'|`[^`]*`|"[^"]*"/g, 'X').replace(/\b\d+ resources\b/, 'N resources').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, 'X');
const top = Number(process.env.TOP ?? 15);
/** Counts reasons, keeping the first example of each; prints the most frequent. */
function printTop(title, items) {
  const reasons = new Map();
  for (const [key, example] of items) {
    const r = reasons.get(key) ?? { n: 0, example };
    r.n++;
    reasons.set(key, r);
  }
  console.log(`\n${title} (count, reason, example):`);
  for (const [why, r] of [...reasons].sort((a, b) => b[1].n - a[1].n).slice(0, top)) console.log(`${String(r.n).padStart(5)}  ${why}  (${r.example})`);
}

printTop(
  'top reasons for unknowns in role assignments',
  report.assignments.flatMap((a) => ['principal', 'role', 'scope'].filter((part) => a[part].state === 'unknown').map((part) => [`${part}: ${general(a[part].why)}`, `${a.file}:${a.line}`])),
);

const states = { granted: 0, missing: 0, unknown: 0 };
for (const n of report.requirements) states[n.state]++;
console.log(`\nroles the rules require: ${report.requirements.length} (${states.granted} granted, ${states.missing} missing, ${states.unknown} unknown)`);
const byId = new Map(report.resources.map((r) => [r.id, r]));
printTop(
  'top reasons for unknown answers to required roles',
  report.requirements.filter((n) => n.state === 'unknown').map((n) => [`${n.rule}: ${general(n.why ?? '')}`, byId.get(n.subject)?.file ?? n.subject]),
);
