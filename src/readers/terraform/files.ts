import { posix } from 'node:path';
import type { ReadContext } from '../../formats/contract.js';
import type { SourceFile } from '../../model/located.js';
import { parseTfJson } from '../../formats/terraform-json/parse.js';
import { parseHcl, type Attribute, type Block, type BodyItem, type HclFile } from '../../parsers/terraform/index.js';

/** One parsed `.tf` / `.tf.json` / `.tfvars` file. */
export interface TfFile {
  src: SourceFile;
  hcl: HclFile;
  /** Offset of the first parse error (Infinity when none): top-level items reaching it are ignored. */
  cut: number;
}

/** A declaration and the file it is written in. */
export interface Decl<T> {
  node: T;
  file: TfFile;
}

/** The declarations of one Terraform module (= one folder), by name. */
export interface ModuleIndex {
  dir: string;
  files: TfFile[];
  variables: Map<string, Decl<Block>[]>;
  locals: Map<string, Decl<Attribute>[]>;
  /** Managed resources by address `type.name`. */
  resources: Map<string, Decl<Block>[]>;
  /** Data sources by `type.name` (without the `data.` prefix). */
  data: Map<string, Decl<Block>[]>;
  modules: Map<string, Decl<Block>[]>;
  outputs: Map<string, Decl<Block>[]>;
  /** `terraform.tfvars` then `*.auto.tfvars` (alphabetical): later files win, as in Terraform. */
  tfvars: TfFile[];
}

/** Parses a file once per run (shared by every module that includes it). */
export function loadFile(ctx: ReadContext, path: string, src?: SourceFile): TfFile | undefined {
  return ctx.memo('hcl:' + path, () => {
    const s = src ?? ctx.source(path);
    if (!s) return undefined;
    const hcl = isTfJson(path) ? parseTfJson(s.text) : parseHcl(s.text);
    const cut = hcl.errors.reduce((min, e) => Math.min(min, e.span.start), Infinity);
    return { src: s, hcl, cut };
  });
}

/** Top-level items that end before the first parse error (recovered items after it are not trusted). */
export function topItems(file: TfFile): BodyItem[] {
  return file.hcl.body.items.filter((i) => i.span.end <= file.cut);
}

/** Terraform's JSON syntax: the same module language, parsed into the same tree. */
const isTfJson = (path: string) => path.toLowerCase().endsWith('.tf.json');

export function isTfvarsForModule(path: string): boolean {
  const base = posix.basename(path);
  return base === 'terraform.tfvars' || base.endsWith('.auto.tfvars');
}

/** Indexes a folder's `.tf` and `.tf.json` files once per run. `extra` adds a file the listing missed. */
export function moduleIndex(ctx: ReadContext, dir: string, extra?: SourceFile): ModuleIndex {
  const key = 'tf-index:' + dir + (extra ? '#' + extra.path : '');
  return ctx.memo(key, () => {
    const names = ctx.list(dir);
    const tf = names.filter((p) => p.toLowerCase().endsWith('.tf') || isTfJson(p));
    if (extra && !tf.includes(extra.path)) tf.push(extra.path);
    const index: ModuleIndex = {
      dir,
      files: [],
      variables: new Map(),
      locals: new Map(),
      resources: new Map(),
      data: new Map(),
      modules: new Map(),
      outputs: new Map(),
      tfvars: [],
    };
    for (const path of tf) {
      const file = loadFile(ctx, path, extra?.path === path ? extra : undefined);
      if (file) addFile(index, file);
    }
    const vars = names.filter(isTfvarsForModule).sort((a, b) => tfvarsOrder(a) - tfvarsOrder(b) || (a < b ? -1 : 1));
    for (const path of vars) {
      const file = loadFile(ctx, path);
      if (file) index.tfvars.push(file);
    }
    return index;
  });
}

function tfvarsOrder(path: string): number {
  return posix.basename(path) === 'terraform.tfvars' ? 0 : 1;
}

function addFile(index: ModuleIndex, file: TfFile): void {
  index.files.push(file);
  const add = <T>(map: Map<string, Decl<T>[]>, name: string, node: T) => {
    const list = map.get(name);
    if (list) list.push({ node, file });
    else map.set(name, [{ node, file }]);
  };
  for (const item of topItems(file)) {
    if (item.kind !== 'block') continue;
    const [a, b] = item.labels.map((l) => l.value);
    switch (item.type) {
      case 'variable':
        if (a !== undefined) add(index.variables, a, item);
        break;
      case 'locals':
        for (const attr of item.body.attributes) add(index.locals, attr.name, attr);
        break;
      case 'resource':
        if (a !== undefined && b !== undefined) add(index.resources, `${a}.${b}`, item);
        break;
      case 'data':
        if (a !== undefined && b !== undefined) add(index.data, `${a}.${b}`, item);
        break;
      case 'module':
        if (a !== undefined) add(index.modules, a, item);
        break;
      case 'output':
        if (a !== undefined) add(index.outputs, a, item);
        break;
    }
  }
}

/**
 * The declaration a reference in `from` means. Terraform forbids duplicates in a module, but a
 * folder of independent examples (rule fixtures, snippets) may repeat names: the referring file's
 * own declaration wins, else the first in file order.
 */
export function pick<T>(decls: Decl<T>[] | undefined, from: TfFile): Decl<T> | undefined {
  if (!decls?.length) return undefined;
  return decls.find((d) => d.file === from) ?? decls[0];
}

export function attrOf(block: Block, name: string): Attribute | undefined {
  return block.body.attributes.find((a) => a.name === name);
}
