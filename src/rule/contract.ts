import type { Loc, Range, SourceFile } from '../model/located.js';
import type { Format, Model, Resource, ResourceKind } from '../model/resource.js';
import type { MValue } from '../model/value.js';
import type { Graph } from '../model/graph.js';
import type { RoleNeed } from './role-needs.js';

export type Severity = 'error' | 'warning' | 'note';

/** Where a rule comes from: the Microsoft Learn statement it enforces. */
export interface RuleSource {
  /** The statement the rule enforces, in English. */
  statement: string;
  /** The Microsoft Learn article the statement comes from. */
  url: string;
  /** The sentence in the localized copy of the article the statement was checked against (shared/seeds, not shipped). */
  seed?: { file: string; quote: string };
}

export interface RuleMeta {
  /** Stable kebab-case id; equal to the rule's folder name. */
  id: string;
  severity: Severity;
  summary: string;
  /** Full description (markdown). */
  description: string;
  /** The documentation the rule enforces (rule pages, SARIF help). */
  source: RuleSource[];
  /** Further Microsoft Learn pages worth reading, beyond the source articles. */
  learn?: { title: string; url: string }[];
  /** What goes wrong if the finding is ignored (markdown). */
  why: string;
  /** How to fix a finding (markdown). */
  fix: string;
  tags: string[];
  /** Input formats the rule reads; each needs valid and invalid fixtures. */
  formats: Format[];
  /** Message templates; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>;
  /** JSON schema of the rule's single options object. */
  options?: Record<string, unknown>;
  /** CVSS-like score for GitHub code scanning (0.1–10). */
  securitySeverity: number;
}

export interface Related {
  at: MValue | Loc;
  message: string;
}

export interface Report {
  /** The located value or place the finding is about. */
  at: MValue | Loc;
  messageId: string;
  data?: Record<string, string | number>;
  related?: Related[];
  /** Overrides the rule's default severity (e.g. a rule that is an error only in some cases). */
  severity?: Severity;
  /** The finding concerns a secret: no source text is ever shown or hashed. */
  secret?: boolean;
  /** How to fix it: text edits computed from located values (or, with no edits, what to run instead). */
  fix?: Fix;
}

/** One text edit: replace `range` (1-based, end exclusive; empty = insertion point) of `file` with `replacement`. */
export interface TextEdit {
  file: string;
  range: Range;
  replacement: string;
}

/**
 * A fix: what it does, and the edits that do it. Edits are computed from located values, never by
 * reformatting a file. A fix without edits only says what to run (the identity or scope lives
 * outside the repository).
 */
export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface RuleContext {
  readonly options: Record<string, unknown>;
  readonly model: Model;
  /** The cross-file graph (references, workspaces, role assignments), built on first use. */
  readonly graph: Graph;
  readonly settings: { tenantId?: string };
  /** A scanned file's text, for fixes that must match the file's own spelling (quotes, indentation). */
  source(file: string): SourceFile | undefined;
  report(r: Report): void;
}

export type Visitors = { [K in ResourceKind]?: (r: Resource) => void } & {
  /** Called once after every resource was visited, for whole-model checks. */
  onModelEnd?: () => void;
};

/** What a diff rule gets in pull-request mode: the base revision's model and the head's, read the same way. */
export interface DiffContext {
  readonly options: Record<string, unknown>;
  /** The base revision (locations name base files: use them for matching, not for reports). */
  readonly base: Model;
  /** The head (the files being linted): report at its values. */
  readonly head: Model;
  readonly settings: { tenantId?: string };
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Returns the visitors for one run; rules keep no module-level state. Meta-only rules (parse-error) have none. */
  create?(ctx: RuleContext): Visitors;
  /**
   * Role rules: every role the rule requires of an identity in this repository, with the answer
   * (the same needs its visitors report on). The identity map (`amlguard graph`) draws them.
   */
  requirements?(graph: Graph): RoleNeed[];
  /** Pull-request mode only (a base revision is known): checks a change between two versions of the repository. */
  diff?(ctx: DiffContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export function isLoc(x: MValue | Loc): x is Loc {
  return (x as Loc).file !== undefined && (x as Loc).range !== undefined && (x as MValue).t === undefined;
}

export function locOf(x: MValue | Loc): Loc {
  return isLoc(x) ? x : x.loc;
}

/** Longest value a message quotes (characters); longer names and values are cut with `…`. */
export const MAX_MESSAGE_VALUE = 120;

/**
 * `{{name}}` interpolation; a missing key stays visible rather than silently empty. Values come
 * from the files, so each is cut to a readable length (a 5 MB name must not fill the report).
 */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (m, k: string) => (k in data ? cutValue(String(data[k])) : m));
}

/** A value cut to `MAX_MESSAGE_VALUE` characters, never inside a surrogate pair. */
export function cutValue(v: string, max = MAX_MESSAGE_VALUE): string {
  if (v.length <= max) return v;
  const end = /[\uD800-\uDBFF]/.test(v[max - 2]) ? max - 2 : max - 1;
  return v.slice(0, end) + '…';
}

/** The options schema of a rule that takes none: any option is an unknown key. */
export const NO_OPTIONS_SCHEMA = { type: 'object', additionalProperties: false, properties: {} } as const;
