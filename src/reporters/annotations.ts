// GitHub workflow-command annotations, as a pure formatter: the Action prints the same text.
import { failsAt, type Finding } from '../engine/finding.js';
import type { Severity } from '../rule/contract.js';
import type { ReportContext } from './types.js';

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATION_CAP = 10;

/** Where an annotation points (GitHub's annotation properties). */
export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Annotation {
  level: Severity;
  message: string;
  props: AnnotationProps;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings left out because of the caps. */
  omitted: { errors: number; warnings: number; notes: number };
}

/** Annotations of each level that the step prints besides the findings' (they count toward the caps). */
export type ReservedAnnotations = Partial<Record<Severity, number>>;

/**
 * Chooses what to annotate: the first 10 errors, 10 warnings and notes (one notice slot is kept
 * for the "N more" pointer when anything was left out), less the slots `reserved` for the step's
 * own messages. Pure: no output.
 */
export function planAnnotations(findings: Finding[], opts: { failing?: boolean; reserved?: ReservedAnnotations } = {}): AnnotationPlan {
  const active = findings.filter((f) => !f.suppression);
  const capOf = (s: Severity) => Math.max(0, ANNOTATION_CAP - (opts.reserved?.[s] ?? 0));
  // A failing step prints its own error line (setFailed, or the runner's exit-code error): it counts toward the 10.
  const errorCap = Math.max(0, capOf('error') - (opts.failing ? 1 : 0));
  const warningCap = capOf('warning');
  const by = (s: Severity) => active.filter((f) => f.severity === s);
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

function propsOf(f: Finding): AnnotationProps {
  const { start, end } = f.loc.range;
  const props: AnnotationProps = { title: f.ruleId, file: f.loc.file, startLine: start.line, endLine: end.line };
  // GitHub accepts columns only when the annotation stays on one line.
  if (start.line === end.line) {
    props.startColumn = start.column;
    props.endColumn = Math.max(start.column, end.column);
  }
  return props;
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** Workflow-command message text: `%`, CR and LF are escaped so a message stays one command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property values: also `:` and `,`, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation as a workflow command (`::error title=…,file=…,line=…::message`). */
export function annotationCommand(a: Annotation): string {
  const p = a.props;
  const props: [string, string | number | undefined][] = [
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
export function annotationsText(plan: AnnotationPlan): string {
  return plan.annotations.map((a) => annotationCommand(a) + '\n').join('');
}

/** The `github` reporter: the capped annotations of the findings. */
export function githubReport(findings: Finding[], ctx?: ReportContext): string {
  return annotationsText(planAnnotations(findings, { failing: !!ctx?.failOn && failsAt(findings, ctx.failOn), reserved: ctx?.reservedAnnotations }));
}
