import type { Assignment, Graph, Principal, Scope, Target } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';
import type { RoleRef } from '../../model/rbac/types.js';
import type { Rule } from '../../rule/contract.js';
import type { RoleNeed } from '../../rule/role-needs.js';

/**
 * What amlguard understood of a repository (`amlguard graph --format json`, `version: 1`): its
 * resources, its role assignments with the resolution state of principal, role and scope (and why
 * each unknown is unknown), and the roles the rules require of identities, with the answer.
 */
export interface GraphReport {
  version: 1;
  resources: ReportResource[];
  assignments: ReportAssignment[];
  requirements: ReportRequirement[];
}

export interface ReportResource {
  /** `file:line:column`, then `#instance` for a module or loop instance: unique in the report. */
  id: string;
  kind: string;
  name: string | null;
  file: string;
  line: number;
  /** The module call / loop iteration chain that produced it, or null for a top-level resource. */
  instance: string | null;
}

/** A reference to a resource: declared here (`resource` is its id), declared elsewhere, or unknown and why. */
export type ReportTarget = { state: 'found'; resource: string } | { state: 'external'; type?: string; name?: string } | { state: 'unknown'; why: string };

export type ReportPrincipal =
  | { state: 'found'; resource: string; system: boolean }
  | { state: 'external'; type?: string; name?: string }
  | { state: 'unknown'; why: string };

export type ReportRole = { state: 'known'; name: string; id?: string; custom?: true } | { state: 'unknown'; why: string };

export type ReportScope =
  | { state: 'resource'; resource: string }
  | { state: 'external'; type?: string; name?: string }
  | { state: 'resourceGroup'; name?: string }
  | { state: 'subscription' }
  | { state: 'managementGroup'; name?: string }
  | { state: 'unknown'; why: string };

export interface ReportAssignment {
  file: string;
  line: number;
  instance: string | null;
  principal: ReportPrincipal;
  role: ReportRole;
  scope: ReportScope;
  /** Set when the assignment is deployed only under a condition not known statically: why. It may grant, never surely. */
  maybeDeployed?: string;
}

export type NeedState = 'granted' | 'missing' | 'unknown';

export interface ReportRequirement {
  /** The rule that requires it. */
  rule: string;
  /** The workspace, compute, endpoint… whose identity needs the role. */
  subject: string;
  workspace: ReportTarget;
  identity: ReportTarget;
  role: string;
  on: ReportTarget;
  /** What `on` is, in words. */
  what: string;
  state: NeedState;
  optional?: true;
  why?: string;
}

/** The graph report of one run: `rules` are the enabled rules (those with `requirements` add theirs). */
export function buildGraphReport(graph: Graph, rules: readonly Rule[]): GraphReport {
  const resources = unique(graph.model.resources.filter((r) => r.kind !== 'roleAssignment'), resourceId)
    .sort(byPlace)
    .map((r): ReportResource => ({ id: resourceId(r), kind: r.kind, name: r.name?.t === 'str' ? r.name.value : null, file: r.file, line: r.decl.range.start.line, instance: r.instance ?? null }));
  const assignments = unique(graph.assignments, (a) => resourceId(a.resource))
    .sort((a, b) => byPlace(a.resource, b.resource))
    .map(reportAssignment);
  const requirements = rules.flatMap((rule) => (rule.requirements ? unique(rule.requirements(graph), needKey).map((n) => reportNeed(rule.meta.id, n)) : []));
  return { version: 1, resources, assignments, requirements };
}

/** A resource's id in the report: where it is declared, and which instance. */
export function resourceId(r: Resource): string {
  const at = `${r.file}:${r.decl.range.start.line}:${r.decl.range.start.column}`;
  return r.instance ? `${at}#${r.instance}` : at;
}

function reportAssignment(a: Assignment): ReportAssignment {
  return defined({ file: a.resource.file, line: a.resource.decl.range.start.line, instance: a.resource.instance ?? null, principal: reportPrincipal(a.principal), role: reportRole(a.role), scope: reportScope(a.scope), maybeDeployed: a.resource.maybeDeployed });
}

export function reportTarget(t: Target): ReportTarget {
  if (t.state === 'found') return { state: 'found', resource: resourceId(t.resource) };
  if (t.state === 'external') return defined({ state: 'external', type: t.type, name: t.name });
  return { state: 'unknown', why: t.why };
}

function reportPrincipal(p: Principal): ReportPrincipal {
  if (p.state === 'found') return { state: 'found', resource: resourceId(p.resource), system: p.system };
  return reportTarget(p) as ReportPrincipal;
}

function reportRole(r: RoleRef): ReportRole {
  if (r.state === 'unknown') return { state: 'unknown', why: r.why };
  return defined({ state: 'known', name: r.role.roleName, id: r.role.id, custom: r.role.custom ? (true as const) : undefined });
}

function reportScope(s: Scope): ReportScope {
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

function reportNeed(rule: string, n: RoleNeed): ReportRequirement {
  return defined({
    rule,
    subject: resourceId(n.subject),
    workspace: reportTarget(n.workspace),
    identity: reportTarget(n.identity),
    role: n.role,
    on: reportTarget(n.on),
    what: n.what,
    state: needState(n),
    optional: n.optional ? (true as const) : undefined,
    why: n.why,
  });
}

export function needState(n: RoleNeed): NeedState {
  return n.held === true ? 'granted' : n.held === false ? 'missing' : 'unknown';
}

/** One need per subject, identity, role and target (a resource read twice yields it twice). */
function needKey(n: RoleNeed): string {
  const t = (x: Target) => JSON.stringify(reportTarget(x));
  return [resourceId(n.subject), t(n.identity), n.role, t(n.on)].join('|');
}

function unique<T>(list: readonly T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const x of list) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()];
}

function byPlace(a: Resource, b: Resource): number {
  const pa = a.decl.range.start;
  const pb = b.decl.range.start;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : pa.line - pb.line || pa.column - pb.column || (a.instance ?? '').localeCompare(b.instance ?? '', 'en');
}

/** Drops undefined fields, so the JSON shows only what is known. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
