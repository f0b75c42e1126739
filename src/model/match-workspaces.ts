import type { Model, Resource } from './resource.js';
import { isPlaceholder } from './placeholder.js';

/**
 * The same workspace at two revisions, matched by name: whatever file or format declares it (a
 * renamed file, Bicep rewritten as Terraform). Azure names are case-insensitive. A name declared
 * more than once at either revision pairs only declarations in the same file, and otherwise not
 * at all: a guess could compare two different workspaces.
 */
export function pairWorkspaces(base: Model, head: Model): [Resource, Resource][] {
  const baseByName = byName(base);
  const pairs: [Resource, Resource][] = [];
  for (const [name, heads] of byName(head)) {
    const bases = baseByName.get(name);
    if (!bases) continue;
    if (bases.length === 1 && heads.length === 1) pairs.push([bases[0], heads[0]]);
    else for (const h of heads) {
      const same = bases.filter((b) => b.file === h.file);
      if (same.length === 1 && heads.filter((x) => x.file === h.file).length === 1) pairs.push([same[0], h]);
    }
  }
  return pairs;
}

function byName(model: Model): Map<string, Resource[]> {
  const out = new Map<string, Resource[]>();
  for (const r of model.resources) {
    if (r.kind !== 'workspace' || r.name?.t !== 'str' || isPlaceholder(r.name.value)) continue;
    const key = r.name.value.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), r]);
  }
  return out;
}
