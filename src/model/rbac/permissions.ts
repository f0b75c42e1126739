import type { Grant, PermissionBlock, Requirement, RoleDef } from './types.js';

/**
 * Azure RBAC permission matching: an operation is allowed by a block when some `actions` pattern
 * matches it and no `notActions` pattern does (the same for data actions, kept apart: `*` in
 * actions never grants a data action). Patterns are case-insensitive and `*` matches any text,
 * `/` included (`*​/read` matches `Microsoft.ContainerRegistry/registries/pull/read`).
 */
export function matches(pattern: string, operation: string): boolean {
  return wildcardMatch(pattern.toLowerCase(), operation.toLowerCase());
}

/**
 * `*` matches any text. A two-pointer scan that resumes after the last `*` on a mismatch:
 * O(pattern × operation) at worst, where a `.*`-per-star regex backtracks exponentially on
 * patterns from a custom role definition like `a*a*a*…b`.
 */
function wildcardMatch(p: string, s: string): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (i < s.length) {
    if (j < p.length && p[j] === '*') {
      star = j++;
      mark = i;
    } else if (j < p.length && p[j] === s[i]) {
      i++;
      j++;
    } else if (star >= 0) {
      j = star + 1;
      i = ++mark;
    } else return false;
  }
  while (p[j] === '*') j++;
  return j === p.length;
}

type Plane = 'control' | 'data';

function allows(blocks: readonly PermissionBlock[], op: string, plane: Plane): boolean {
  return blocks.some((b) => {
    const [yes, no] = plane === 'control' ? [b.actions, b.notActions] : [b.dataActions, b.notDataActions];
    return yes.some((p) => matches(p, op)) && !no.some((p) => matches(p, op));
  });
}

// A token no real operation contains, standing for "any text" when a pattern is turned into an operation.
const ANY = 'x-any-x';

/**
 * Operations that tell two permission sets apart: every pattern of either side with each `*` read
 * as some text (one segment, several segments). If `held` allows every one of them that `required`
 * allows, it holds every permission `required` grants; a witness it lacks is a real counterexample,
 * so a "no" is always right and a miss can only err towards "yes".
 */
function witnesses(sets: readonly (readonly PermissionBlock[])[], plane: Plane): string[] {
  const out = new Set<string>();
  for (const blocks of sets)
    for (const b of blocks)
      for (const p of plane === 'control' ? [...b.actions, ...b.notActions] : [...b.dataActions, ...b.notDataActions]) {
        out.add(p.split('*').join(ANY));
        out.add(p.split('*').join(`${ANY}/${ANY}`));
      }
  return [...out];
}

/** Whether the union of `held` includes every permission of `required`, in both planes. */
export function covers(held: readonly PermissionBlock[], required: readonly PermissionBlock[]): boolean {
  for (const plane of ['control', 'data'] as const) {
    for (const op of witnesses([held, required], plane)) {
      if (allows(required, op, plane) && !allows(held, op, plane)) return false;
    }
  }
  return true;
}

// Rules ask the same question for many identities that hold the same roles: answers are kept per
// required permission set (by identity: built-in roles and rules' requirements are constants) and
// per list of roles held (each role definition numbered once).
const answers = new WeakMap<readonly PermissionBlock[], Map<string, Grant>>();
const serials = new WeakMap<RoleDef, number>();
let lastSerial = 0;
function serial(role: RoleDef | undefined): string {
  if (!role) return '?';
  let n = serials.get(role);
  if (n === undefined) serials.set(role, (n = ++lastSerial));
  return String(n);
}

/**
 * Whether holding `definite` roles (surely assigned) and perhaps `possible` ones (an assignment that
 * might apply; `undefined` = a role that cannot be resolved) gives every permission of `req`.
 */
export function grants(definite: readonly RoleDef[], req: Requirement, possible: readonly (RoleDef | undefined)[] = []): Grant {
  let known = answers.get(req.permissions);
  if (!known) answers.set(req.permissions, (known = new Map()));
  const key = `${definite.map(serial).join(',')}|${possible.map(serial).join(',')}`;
  let answer = known.get(key);
  if (answer === undefined) known.set(key, (answer = grantsUncached(definite, req, possible)));
  return answer;
}

function grantsUncached(definite: readonly RoleDef[], req: Requirement, possible: readonly (RoleDef | undefined)[]): Grant {
  // What a partly known role is known to grant, it grants.
  const sure = definite.flatMap((r) => r.permissions);
  if (covers(sure, req.permissions)) return 'yes';
  const partialOrUnknown = definite.some((r) => r.partial) || possible.some((r) => !r || r.partial);
  const all = [...definite.flatMap((r) => r.permissions), ...possible.flatMap((r) => (r ? r.permissions : []))];
  if (partialOrUnknown || covers(all, req.permissions)) return 'maybe';
  return 'no';
}
