import type { GraphReport, ReportAssignment, ReportPrincipal, ReportResource, ReportRole, ReportScope, ReportTarget } from './build.js';

/** `amlguard graph --format text`: the report for a person, one line per fact, unknowns with their reason. */
export function graphText(report: GraphReport): string {
  const byId = new Map(report.resources.map((r) => [r.id, r]));
  const name = (id: string) => {
    const r = byId.get(id);
    return r ? `${r.kind} '${r.name ?? '(name not known)'}' (${place(r)})` : id;
  };
  const target = (t: ReportTarget | ReportPrincipal): string => {
    if (t.state === 'found') return name(t.resource) + ('system' in t && t.system ? ', system-assigned identity' : '');
    if (t.state === 'external') return `outside this repository: ${[t.type, t.name].filter(Boolean).join(' ') || '(not named)'}`;
    return `not resolved: ${t.why}`;
  };
  const out: string[] = [];

  out.push(`Resources (${report.resources.length})`);
  for (const r of report.resources) out.push(`  ${place(r)}  ${r.kind}  ${r.name ?? '(name not known)'}`);

  const resolved = report.assignments.filter(isResolved).length;
  out.push('', `Role assignments (${report.assignments.length}, ${resolved} with principal, role and scope resolved)`);
  for (const a of report.assignments) {
    out.push(`  ${a.file}:${a.line}${a.instance ? ` [${a.instance}]` : ''}`);
    out.push(`    principal  ${a.principal.state.padEnd(8)} ${a.principal.state === 'unknown' ? a.principal.why : target(a.principal)}`);
    out.push(`    role       ${a.role.state.padEnd(8)} ${roleText(a.role)}`);
    out.push(`    scope      ${a.scope.state.padEnd(8)} ${scopeText(a.scope, target)}`);
    if (a.maybeDeployed) out.push(`    deployed   maybe    ${a.maybeDeployed}`);
  }

  const count = (s: string) => report.requirements.filter((n) => n.state === s).length;
  out.push('', `Required roles (${report.requirements.length}: ${count('granted')} granted, ${count('missing')} missing, ${count('unknown')} unknown)`);
  for (const n of report.requirements) {
    const subject = name(n.subject);
    out.push(`  ${n.state.padEnd(7)} ${n.role} on ${n.what}${n.optional ? ' (optional)' : ''} [${n.rule}]`);
    out.push(`    for      ${subject}`);
    out.push(`    identity ${target(n.identity)}`);
    out.push(`    on       ${target(n.on)}`);
    if (n.why) out.push(`    why      ${n.why}`);
  }
  return out.join('\n') + '\n';
}

/** Principal, role and scope all resolved: the share `scripts/graph-stats.mjs` measures. */
export function isResolved(a: ReportAssignment): boolean {
  return a.principal.state !== 'unknown' && a.role.state !== 'unknown' && a.scope.state !== 'unknown';
}

function place(r: ReportResource): string {
  return `${r.file}:${r.line}${r.instance ? ` [${r.instance}]` : ''}`;
}

function roleText(r: ReportRole): string {
  if (r.state === 'unknown') return r.why;
  return `${r.name}${r.id ? ` (${r.id})` : ''}${r.custom ? ', declared in this repository' : ''}`;
}

function scopeText(s: ReportScope, target: (t: ReportTarget) => string): string {
  switch (s.state) {
    case 'resource':
      return target({ state: 'found', resource: s.resource });
    case 'external':
      return target(s);
    case 'resourceGroup':
      return s.name ? `resource group '${s.name}'` : "the deployment's resource group";
    case 'managementGroup':
      return s.name ? `management group '${s.name}'` : 'a management group';
    case 'subscription':
      return 'the subscription';
    case 'unknown':
      return s.why;
  }
}
