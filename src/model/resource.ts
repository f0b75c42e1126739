import type { Loc, Position } from './located.js';
import type { Format } from './format.js';
import type { PropertyName, ResourceKind } from './properties.js';
import type { MValue, Tri } from './value.js';

export { MODEL_FORMATS, type Format } from './format.js';

export type { ResourceKind };

/** A managed identity setting, read the same way from every format. */
export interface Identity {
  /** The identity block (for findings about something missing in it). */
  decl: Loc;
  /** The `type` value as written (`SystemAssigned,UserAssigned`, `user_assigned`, …). */
  type?: MValue;
  /** Whether a system-assigned identity is on, from the normalised type. */
  system: Tri;
  /** Whether user-assigned identities are on, from the normalised type. */
  user: Tri;
  /** For job identities: `useridentity`, `managed`, `amltoken` (normalised), else undefined. */
  jobKind?: string;
  /** Resource IDs (or references) of the attached user-assigned identities, in either YAML shape. */
  userAssigned: MValue[];
  /** The tenant written in the identity block (`identity.tenant_id` in workspace YAML), if any. */
  tenantId?: MValue;
}

/**
 * One Azure or AML resource from any format. `props` holds the canonical properties of its kind
 * (camelCase names shared by every reader, e.g. `adminUserEnabled` for a registry whether it came
 * from ARM `adminUserEnabled`, Terraform `admin_enabled` or `--admin-enabled`), as listed in
 * properties.ts (docs/model.md).
 */
export interface Resource {
  kind: ResourceKind;
  format: Format;
  file: string;
  /** The whole declaration: the YAML document, the ARM/Bicep resource, the Terraform block, the az command. */
  decl: Loc;
  name?: MValue;
  /** The ARM resource type (`Microsoft.ContainerRegistry/registries`), for IaC resources. */
  armType?: string;
  /** A symbol unique in `scope` (Bicep symbol, Terraform address, ARM resource index), for reference resolution. */
  symbol?: string;
  /** File (Bicep, ARM) or module folder (Terraform) where `symbol` is defined. */
  scope?: string;
  /**
   * The chain of module calls and loop iterations that produced this resource, human-readable
   * (`trainUai`, `roleLoop[2]`, `copy:roleAssignments[1]`); undefined for a top-level resource
   * outside any loop. Two instances of one declaration are two resources.
   */
  instance?: string;
  /** The module calls that produced this instance, outermost first: where a fix may go. */
  calledFrom?: { loc: Loc; message: string }[];
  /**
   * Set when the resource is deployed only under a condition (or loop) not known statically:
   * why. It may exist, so it may grant, but it never counts as a definite grant.
   */
  maybeDeployed?: string;
  /**
   * The resource group it is deployed to, when a reader can tell: its name, or `@<file>` for the
   * resource group the deployment of that root template targets (its name not known).
   */
  resourceGroup?: string;
  /** The finer kind: compute type (`amlcompute`), endpoint type (`managed`/`kubernetes`), job type, datastore type (normalised). */
  subKind?: string;
  /** Where the finer kind was read from, when it was written down. */
  subKindAt?: MValue;
  identity?: Identity;
  props: Partial<Record<PropertyName, MValue>>;
  /** The source tree as written (AML YAML documents), for rules about the document itself. */
  source?: MValue;
  /** Pipeline steps of a pipeline job, in source order. */
  steps?: Step[];
}

export interface Step {
  name: string;
  nameLoc: Loc;
  decl: Loc;
  /** Normalised step type (`command`, `pipeline`, `spark`, …) when written. */
  type?: string;
  identity?: Identity;
  source: MValue;
}

export interface Model {
  resources: Resource[];
}

/**
 * How messages name a resource: its name; else its display name; else its symbol (Bicep symbol,
 * Terraform address); else, for an AML document, its file's base name.
 */
export function nameOf(r: Resource): string {
  if (r.name?.t === 'str') return r.name.value;
  const display = r.source?.t === 'obj' ? r.source.entries.find((e) => e.key === 'display_name')?.value : undefined;
  if (display?.t === 'str') return display.value;
  if (r.symbol && !/^resources\[/.test(r.symbol)) return r.symbol;
  if (r.format === 'aml-yaml') return r.file.split('/').pop() ?? r.file;
  return '(name not known)';
}

/**
 * Where a finding about something a resource lacks points: its name when the name is written in
 * the declaration itself, else the declaration. A name supplied by a parameter default, a variable
 * or a parameter file is not where the missing property goes (SPEC "Where a finding points").
 */
export function anchorOf(r: Resource): MValue | Loc {
  const n = r.name;
  if (!n || n.loc.file !== r.file) return r.decl;
  // The declaration runs from its header to the end of its body (Terraform and Bicep headers are one line).
  const end = r.source && r.source.loc.file === r.file && before(r.decl.range.end, r.source.loc.range.end) ? r.source.loc.range.end : r.decl.range.end;
  return before(r.decl.range.start, n.loc.range.start) && before(n.loc.range.end, end) ? n : r.decl;
}

function before(x: Position, y: Position): boolean {
  return x.line < y.line || (x.line === y.line && x.column <= y.column);
}
