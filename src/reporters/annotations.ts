import * as core from '@actions/core';
import type { Finding } from '../engine/finding.js';
import type { Severity } from '../rule/contract.js';

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATION_CAP = 10;

export interface Annotation {
  level: Severity;
  message: string;
  props: core.AnnotationProperties;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings left out because of the caps. */
  omitted: { errors: number; warnings: number; notes: number };
}

/**
 * Chooses what to annotate: the first 10 errors, 10 warnings and notes (one notice slot is kept
 * for the "N more" pointer when anything was left out). Pure: no output.
 */
export function planAnnotations(findings: Finding[]): AnnotationPlan {
  const active = findings.filter((f) => !f.suppression);
  const by = (s: Severity) => active.filter((f) => f.severity === s);
  const errors = by('error');
  const warnings = by('warning');
  const notes = by('note');
  const overflow = errors.length > ANNOTATION_CAP || warnings.length > ANNOTATION_CAP || notes.length > ANNOTATION_CAP;
  const noteCap = overflow ? ANNOTATION_CAP - 1 : ANNOTATION_CAP;
  const chosen = [...errors.slice(0, ANNOTATION_CAP), ...warnings.slice(0, ANNOTATION_CAP), ...notes.slice(0, noteCap)];
  const omitted = {
    errors: Math.max(0, errors.length - ANNOTATION_CAP),
    warnings: Math.max(0, warnings.length - ANNOTATION_CAP),
    notes: Math.max(0, notes.length - noteCap),
  };
  const annotations: Annotation[] = chosen.map((f) => ({ level: f.severity, message: f.message, props: propsOf(f) }));
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

function propsOf(f: Finding): core.AnnotationProperties {
  const { start, end } = f.loc.range;
  const props: core.AnnotationProperties = { title: f.ruleId, file: f.loc.file, startLine: start.line, endLine: end.line };
  // GitHub accepts columns only when the annotation stays on one line.
  if (start.line === end.line) {
    props.startColumn = start.column;
    props.endColumn = Math.max(start.column, end.column);
  }
  return props;
}

/** Prints the plan as workflow commands through @actions/core (which escapes them). */
export function emitAnnotations(plan: AnnotationPlan): void {
  for (const a of plan.annotations) {
    if (a.level === 'error') core.error(a.message, a.props);
    else if (a.level === 'warning') core.warning(a.message, a.props);
    else core.notice(a.message, a.props);
  }
}

/** The same commands as a string (for `--format github --output FILE`). */
export function annotationsText(plan: AnnotationPlan): string {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((s: string | Uint8Array) => {
    chunks.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  try {
    emitAnnotations(plan);
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('').replace(/^\r?\n/, '');
}
