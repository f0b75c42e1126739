// Redaction of anything printed from a repository: by value (secrets the rules located), by key
// name (a line assigning `account_key`, `client_secret`, …) and by value shape (connection-string
// keys, SAS signatures, long random tokens). Every pattern here is linear in the line length:
// literal prefixes and single character classes only, no nested or adjacent open quantifiers.

export const MASK = '***';

/** Values shorter than this are not masked by value: they would hide ordinary words. */
const MIN_SECRET = 6;

/** A name ending in one of these words names a secret (`account_key`, `sasToken`, `--client-secret`). */
const SECRET_NAME = /(?:key|secret|password|passwd|pwd|token|pat|certificate|keytab|sas|credential|signature|connection_?string)s?$/i;

/** Words (names) in a line; one pass, each match consumes what it reads. */
const WORD = /[\w-]+/g;

/** `AccountKey=…;`, `SharedAccessSignature=…`, `sig=…&`, `Password=…;`, `client_secret=…`. */
const SHAPED = /\b(?:AccountKey|SharedAccessKey|SharedAccessSignature|sig|Password|pwd|client_secret|clientSecret|access_token|refresh_token)=([^;&\s"'<>,]+)/gi;

/** Runs of base64/base64url/hex characters long enough to be keys or tokens. */
const LONG_RUN = /[A-Za-z0-9+/_=%]{32,}/g;

/** Masks every occurrence of the given secret values (the longest first, so overlaps stay masked). */
export function maskSecretValues(text: string, secrets: Iterable<string>): string {
  const list = [...secrets].filter((s) => s.length >= MIN_SECRET).sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of list) if (out.includes(s)) out = out.split(s).join(MASK);
  return out;
}

/**
 * Masks secret-looking text in any string printed from a file (a snippet, a message): known
 * secret values, connection-string and SAS parts, and long random tokens.
 */
export function maskSecretShapes(text: string, secrets: Iterable<string> = []): string {
  return maskSecretValues(text, secrets)
    .replace(SHAPED, (m, value: string) => m.slice(0, m.length - value.length) + MASK)
    .replace(LONG_RUN, (run) => (looksRandom(run) ? MASK : run));
}

/**
 * A source line made safe to print: everything `maskSecretShapes` masks, plus the value part of a
 * line that assigns a secret-named key, in YAML, JSON, HCL, Bicep or CLI form (`key: v`,
 * `"key": "v"`, `key = "v"`, `--account-key v`).
 */
export function redactLine(line: string, secrets: Iterable<string> = []): string {
  const masked = maskSecretShapes(line, secrets);
  const at = secretAssignmentValue(masked);
  return at === undefined ? masked : masked.slice(0, at) + MASK;
}

/** Offset of the value assigned to the first secret-named key of a line, if any. */
function secretAssignmentValue(line: string): number | undefined {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
    if (!SECRET_NAME.test(m[0])) continue;
    const value = valueAfterKey(line, m.index + m[0].length);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** After a key: an optional closing quote, then `:` / `=` (or, for CLI flags, blanks), then the value. */
function valueAfterKey(line: string, p: number): number | undefined {
  if (line[p] === '"' || line[p] === "'") p++;
  let q = p;
  while (line[q] === ' ' || line[q] === '\t') q++;
  let separated = q > p;
  if (line[q] === ':' || line[q] === '=') {
    q++;
    separated = true;
    while (line[q] === ' ' || line[q] === '\t') q++;
  }
  if (!separated || q >= line.length || line.startsWith(MASK, q)) return undefined;
  return q;
}

/**
 * Random-looking: a segment (between `/`) of 20 or more characters mixing upper case, lower case
 * and digits. Keys, SAS signatures and tokens look like this; words, GUIDs (dashes split them) and
 * resource paths (`Microsoft.MachineLearningServices/workspaces/mlw01`) do not.
 */
function looksRandom(run: string): boolean {
  return run.split('/').some((seg) => seg.length >= 20 && /[A-Z]/.test(seg) && /[a-z]/.test(seg) && /[0-9]/.test(seg));
}
