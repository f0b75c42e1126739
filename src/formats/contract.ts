// The reader contract: what every input format provides and what a reader may use. The engine
// reaches formats only through the registry (./registry.ts); readers import this file, never the engine.
import type { EvalBudget } from '../model/eval-budget.js';
import type { Loc, SourceFile } from '../model/located.js';
import type { Format, Resource } from '../model/resource.js';

export interface ParseProblem {
  message: string;
  start: number;
  end: number;
  /** True when the file is in scope for sure (AML `$schema`, `.bicep`, `.tf`, ARM template). */
  certain: boolean;
}

export interface ReadResult {
  resources: Resource[];
  parseError?: ParseProblem;
  /** Limits met while reading (a loop over more items than `maxLoopIterations`), reported as notes. */
  notes?: ReadNote[];
}

export interface ReadNote {
  loc: Loc;
  message: string;
}

/** What a reader may use besides its own file: other files of the scan (Bicep modules, ARM parameter files, Terraform modules). */
export interface ReadContext {
  /** Absolute path of the scan root. */
  root: string;
  /** Repo-relative paths of every file of the scan (to tell which modules some file calls). */
  files: readonly string[];
  /** Iterations read per loop; beyond it a loop is read as unknown. */
  maxLoopIterations: number;
  /**
   * A repo-relative file's text, read once and cached; undefined when missing, unreadable, not a
   * regular file, or (through symlinks) outside the scan root.
   */
  source(rel: string): SourceFile | undefined;
  /** Repo-relative paths of the files directly inside a repo-relative folder. */
  list(relDir: string): readonly string[];
  /** Computes a value once per run under a key (e.g. a parsed file or an evaluated module). */
  memo<T>(key: string, compute: () => T): T;
  /** Drops a memo no later read will need (a parsed file read on its own and called by none), to keep large scans small. */
  forget?(key: string): void;
  /** Limits of the current file read: evaluators check it per expression and per module instance. */
  budget: EvalBudget;
}

export type Reader = (src: SourceFile, ctx: ReadContext) => ReadResult;

/** A comment form: `#`, `//`, or a block `/* … *\/` (with its closing delimiter). */
export interface CommentSyntax {
  open: string;
  close?: string;
}

/** One input format: everything the engine, docs and tests need to know about it. */
export interface FormatDescriptor<Id extends string = string> {
  /** Stable kebab-case id (the folder name under src/formats/). */
  id: Id;
  /** One-line description for docs. */
  title: string;
  /** Lower-case file-name endings (`.tf.json`); the longest matching ending across the registry wins. */
  extensions: readonly string[];
  /**
   * Cheap test on the text, for formats that share an extension (YAML, JSON). Formats are tried
   * in registry order; absent means "every file with the extension".
   */
  accepts?(text: string, path: string): boolean;
  read: Reader;
  /** The model family of the resources it yields (`Resource.format`, rule `formats:`). */
  modelFormat: Format;
  /** Comments that can carry `amlguard-disable-*` directives; empty when the syntax has none (JSON). */
  comments: readonly CommentSyntax[];
  /** What starts an `expect:` marker in rule fixtures (the comment openers, unless the syntax has none). */
  fixtureMarkers: readonly string[];
  /** Markdown code-fence language of its examples. */
  fence: string;
  /**
   * True when a read of one file gives the same result whatever else has been read: no module
   * calls, no "is this file called by another" question. Such files may be read in a worker thread.
   */
  readsAlone?: boolean;
}

/** Declares a format with its literal id kept in the type (so `FormatId` is a union). */
export function defineFormat<const Id extends string>(d: FormatDescriptor<Id>): FormatDescriptor<Id> {
  return d;
}
