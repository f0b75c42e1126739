// Prints the CHANGELOG.md section of one version (the GitHub release notes):
//   node scripts/release-notes.mjs v1.2.3
// Fails when the section is missing, so a release cannot go out without its notes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The body of `## <version>` (without the heading), up to the next `## `; undefined when absent. */
export function releaseNotes(changelog, version) {
  const v = version.replace(/^v/, '');
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^## \\[?${v.replace(/\./g, '\\.')}\\]?(\\s|$)`).test(l));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim() + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2];
  const notes = version && releaseNotes(readFileSync('CHANGELOG.md', 'utf8'), version);
  if (!notes) {
    console.error(`CHANGELOG.md has no section '## ${version?.replace(/^v/, '')}'.`);
    process.exit(1);
  }
  process.stdout.write(notes);
}
