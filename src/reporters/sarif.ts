import { SEVERITY_RANK, type Finding } from '../engine/finding.js';
import type { Fix, RuleMeta, TextEdit } from '../rule/contract.js';
import { ruleHelpMarkdown, ruleHelpText } from '../rule/docs.js';
import type { Loc, Range } from '../model/located.js';
import { helpUri, type ReportContext } from './types.js';
import { encodePath } from './uri.js';

const LEVEL = { error: 'error', warning: 'warning', note: 'note' } as const;

/** `compute-identity-exclusive` → `ComputeIdentityExclusive` (SARIF rule names are PascalCase by convention). */
function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

function physical(loc: Loc) {
  const { start, end } = loc.range;
  const region: Record<string, number> = { startLine: start.line, startColumn: start.column };
  // A zero-width range (start == end) is shown as a one-character region.
  if (end.line > start.line || (end.line === start.line && end.column > start.column)) {
    region.endLine = end.line;
    region.endColumn = end.column;
  }
  return { artifactLocation: { uri: encodePath(loc.file), uriBaseId: '%SRCROOT%' }, region };
}

/** An empty region (start == end) is an insertion point; SARIF needs all four numbers to say so. */
function deletedRegion(range: Range) {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

/** SARIF `fix`: one artifactChange per file, its replacements in source order. */
function sarifFix(fix: Fix) {
  const byFile = new Map<string, TextEdit[]>();
  for (const e of fix.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  return {
    description: { text: fix.description },
    artifactChanges: [...byFile].map(([file, edits]) => ({
      artifactLocation: { uri: encodePath(file), uriBaseId: '%SRCROOT%' },
      replacements: edits.map((e) => ({ deletedRegion: deletedRegion(e.range), insertedContent: { text: e.replacement } })),
    })),
  };
}

function ruleDescriptor(meta: RuleMeta, ctx: ReportContext) {
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
export const SARIF_RESULT_LIMIT = 25_000;

/** Options of the SARIF reporter, on top of the common report context. */
export interface SarifOptions {
  /** Results per run; default GitHub's limit. */
  resultLimit?: number;
}

/**
 * Which findings fit in one run: all of them, or the most severe up to the limit (active before
 * suppressed, errors before warnings before notes), kept in their original order.
 */
export function sarifSelection(findings: Finding[], limit = SARIF_RESULT_LIMIT): { kept: Finding[]; omitted: number } {
  if (findings.length <= limit) return { kept: findings, omitted: 0 };
  const rank = (f: Finding) => (f.suppression ? 0 : SEVERITY_RANK[f.severity]);
  const order = findings.map((f, i) => ({ f, i })).sort((a, b) => rank(b.f) - rank(a.f) || a.i - b.i);
  const kept = order.slice(0, limit).sort((a, b) => a.i - b.i).map((x) => x.f);
  return { kept, omitted: findings.length - limit };
}

/** `category` → `category/`: GitHub reads `automationDetails.id` as `category/run-id`. */
export function automationId(category: string): string {
  return category.endsWith('/') ? category : `${category}/`;
}

/** SARIF 2.1.0, one run, every rule in `tool.driver.rules`, repo-relative URIs under `%SRCROOT%`. */
export function sarifReport(findings: Finding[], ctx: ReportContext & SarifOptions): string {
  const index = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const limit = ctx.resultLimit ?? SARIF_RESULT_LIMIT;
  // Pull-request mode: every result carries its baselineState, and the base findings the change fixed come last as `absent`.
  const { kept, omitted } = sarifSelection([...findings, ...(ctx.change?.fixed ?? [])].filter((f) => index.has(f.ruleId)), limit);
  const results = kept.map((f) => {
    const result: Record<string, unknown> = {
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
    if (f.fix && f.fix.edits.length) result.fixes = [sarifFix(f.fix)];
    if (f.suppression) result.suppressions = [{ kind: 'inSource', justification: f.suppression.justification }];
    if (f.baselineState) result.baselineState = f.baselineState;
    return result;
  });
  const run: Record<string, unknown> = {
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
  if (ctx.category) run.automationDetails = { id: automationId(ctx.category) };
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
  if (ctx.rootUri) run.originalUriBaseIds = { '%SRCROOT%': { uri: ctx.rootUri.endsWith('/') ? ctx.rootUri : ctx.rootUri + '/' } };
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [run],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
