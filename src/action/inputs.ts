import * as core from '@actions/core';
import { FAIL_ON, type FailOn } from '../app/exit-code.js';

export interface ActionInputs {
  path: string;
  include: string[];
  exclude: string[];
  config?: string;
  sarifFile: string;
  failOn: FailOn;
  annotations: boolean;
  summary: boolean;
  /** Add the identity map (one Mermaid diagram per workspace) to the job summary. */
  identityMap: boolean;
  changedFilesOnly: boolean;
  onlyNew: boolean;
  githubToken: string;
  tenantId?: string;
  baseline?: string;
  allowPlugins: boolean;
  allowEmpty: boolean;
  category?: string;
}

/** A bad input: reported with setFailed, no scan. */
export class InputError extends Error {}

function bool(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim();
  if (!raw) return fallback;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^(false|no|off)$/i.test(raw)) return false;
  throw new InputError(`Input '${name}' must be true or false, got '${raw}'.`);
}

/** Reads and checks every input (env INPUT_*), so a typo fails fast with a sentence. */
export function readInputs(): ActionInputs {
  const failOn = (core.getInput('fail-on').trim() || 'error').toLowerCase();
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new InputError(`Input 'fail-on' must be one of ${FAIL_ON.join(', ')}, got '${failOn}'.`);
  }
  return {
    path: core.getInput('path').trim() || '.',
    include: core.getMultilineInput('include').map((s) => s.trim()).filter(Boolean),
    exclude: core.getMultilineInput('exclude').map((s) => s.trim()).filter(Boolean),
    config: core.getInput('config').trim() || undefined,
    sarifFile: core.getInput('sarif-file').trim() || 'amlguard.sarif',
    failOn: failOn as ActionInputs['failOn'],
    annotations: bool('annotations', true),
    summary: bool('summary', true),
    identityMap: bool('identity-map', true),
    changedFilesOnly: bool('changed-files-only', false),
    onlyNew: bool('only-new', false),
    githubToken: core.getInput('github-token').trim(),
    tenantId: core.getInput('tenant-id').trim() || undefined,
    baseline: core.getInput('baseline').trim() || undefined,
    allowPlugins: bool('allow-plugins', false),
    allowEmpty: bool('allow-empty', false),
    category: core.getInput('category').trim() || undefined,
  };
}
