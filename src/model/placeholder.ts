/**
 * Whether a string is a stand-in rather than a real value: `<key>`, `${{ secrets.X }}`, `$VAR`,
 * `$(var)`, `{{ x }}`, `XXXX`, `dummy`, `example-password`, … Used to keep secret rules silent on
 * documentation-style values and to treat placeholder IDs as unknown.
 */
export function isPlaceholder(value: string): boolean {
  const s = value.trim();
  if (s === '') return true;
  if (/<[^<>]*>/.test(s)) return true; // <SUBSCRIPTION_ID>, <BASE 64 ENCODED SECRET>
  if (/\$\{\{|\{\{|\$\(|\$\{|^\$[A-Za-z_]|%[A-Za-z_]+%|__[A-Z0-9_]+__|@Microsoft\.KeyVault\(/.test(s)) return true;
  // `#{token}#` (Azure DevOps token replacement); two searches, not `#\{.*\}#`, which is quadratic.
  const hash = s.indexOf('#{');
  if (hash >= 0 && s.indexOf('}#', hash + 2) >= 0) return true;
  if (/^(.)\1*$/.test(s)) return true; // ********, xxxxxxxx
  if (/^GEN-[A-Z0-9-]+$/.test(s)) return true; // quickstart-template generator tokens: GEN-PASSWORD, GEN-UNIQUE
  if (/^[xX*#._-]+$/.test(s) || /^x{3,}/i.test(s)) return true;
  // Masked values keep their punctuation (`?xx=XXXX-XX-XX&xx=xxxx`); digits alone (`2222`) are dummies.
  if (!/[A-WYZa-wyz]/.test(s)) return true;
  if (/place[\s_-]?holder|example|dummy|sample|your[\s_-]|changeme|change[\s_-]me|redacted|fake|replace|todo|not[\s_-]?a[\s_-]?real|mock|insert|\bsome[_-]|secret[\s_-]?here|key[\s_-]?here/i.test(s)) return true;
  return false;
}
