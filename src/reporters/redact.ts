/** Keys whose values must never be echoed in a source snippet, in YAML, JSON, HCL or CLI form. */
const SECRET_ASSIGNMENT =
  /((?:^|[\s{,"'-])(?:[\w-]*(?:key|secret|password|passwd|token|pat|certificate|keytab|sas|credential)s?)["']?\s*(?:[:=]|\s(?=\S))\s*)(\S.*)$/i;

/** Masks the value part of a line that assigns a secret-looking key, so snippets never show secrets. */
export function redactLine(line: string): string {
  return line.replace(SECRET_ASSIGNMENT, (_m, head: string) => `${head}***`);
}
