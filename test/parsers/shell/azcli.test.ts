import { describe, expect, it } from 'vitest';
import { extractAzCommands, type AzCommand } from '../../../src/parsers/shell/azcli.js';
import { fixture, offsetOf } from './fixtures/helpers.js';

const flag = (c: AzCommand, name: string) => c.flags.find((f) => f.name === name);
const groups = (cs: AzCommand[]) => cs.map((c) => c.group.join(' '));

describe('extractAzCommands (sh)', () => {
  const script = fixture('acr-create.sh');
  const cmds = extractAzCommands(script, 'sh');

  it('finds commands outside comments, heredoc bodies and quoted data', () => {
    expect(groups(cmds)).toEqual(['acr create', 'identity show', 'group exists', 'acr update']);
  });

  it('spans a multi-line command and locates --admin-enabled on its third line exactly', () => {
    const acr = cmds[0];
    expect(acr.span.start).toBe(offsetOf(script, 5, 1));
    expect(acr.span.end).toBe(offsetOf(script, 8, 26));
    const admin = flag(acr, '--admin-enabled')!;
    expect(admin.nameSpan).toEqual({ start: offsetOf(script, 7, 5), end: offsetOf(script, 7, 20) });
    expect(admin.value).toBeUndefined(); // bare flag followed by another flag
    expect(admin.span).toEqual(admin.nameSpan);
  });

  it('reads --flag=value with exact spans', () => {
    const loc = flag(cmds[0], '--location')!;
    expect(loc.nameSpan).toEqual({ start: offsetOf(script, 8, 5), end: offsetOf(script, 8, 15) });
    expect(loc.value).toEqual({ text: 'westeurope', raw: 'westeurope', span: { start: offsetOf(script, 8, 16), end: offsetOf(script, 8, 26) } });
  });

  it('keeps $VAR values unknown and literal values decoded', () => {
    expect(flag(cmds[0], '--resource-group')!.value).toMatchObject({ text: null, raw: '"$RG"' });
    expect(flag(cmds[0], '--name')!.value).toMatchObject({ text: null, raw: '"$ACR_NAME"' });
    expect(flag(cmds[0], '--sku')!.value!.text).toBe('Basic');
  });

  it('finds commands in $( ), after if / then, and drops redirections', () => {
    const show = cmds[1];
    expect(show.span.start).toBe(offsetOf(script, 12, 16));
    expect(flag(show, '-n')!.value!.text).toBe('uai-ml');
    expect(flag(show, '-o')!.value!.text).toBe('tsv');
    const update = cmds[3];
    expect(flag(update, '--admin-enabled')!.value!.text).toBe('false');
    expect(update.positionals).toEqual([]);
  });

  it('handles separators, env prefixes, sudo and backticks', () => {
    const s = [
      'FOO=1 BAR="x y" az account show && az group list || sudo -E az acr list | jq .',
      'x=`az acr show -n a`; (az ml workspace show); { az identity list; }',
      'for r in $(az group list -o tsv); do az group show -n "$r"; done',
      'result=$(case "$x" in a) az acr list ;; esac)',
    ].join('\n');
    expect(groups(extractAzCommands(s, 'sh'))).toEqual([
      'account show', 'group list', 'acr list', 'acr show', 'ml workspace show', 'identity list',
      'group list', 'group show', 'acr list',
    ]);
  });

  it('separates bare flags, negative numbers and values', () => {
    const [c] = extractAzCommands('az ml compute create --min-instances -1 --ssh-public-access-enabled --max-instances 2 -y', 'sh');
    expect(flag(c, '--min-instances')!.value!.text).toBe('-1');
    expect(flag(c, '--ssh-public-access-enabled')!.value).toBeUndefined();
    expect(flag(c, '-y')!.value).toBeUndefined();
  });

  it('keeps the rest of a multi-value flag in values', () => {
    const [c] = extractAzCommands("az ml workspace create -n w --tags a=1 'b=2' --set x=1 y=2", 'sh');
    const tags = flag(c, '--tags')!;
    expect(tags.value!.text).toBe('a=1');
    expect(tags.values!.map((v) => v.text)).toEqual(['a=1', 'b=2']);
    expect(flag(c, '--set')!.values!.map((v) => v.text)).toEqual(['x=1', 'y=2']);
    expect(flag(c, '-n')!.values).toBeUndefined();
  });

  it('treats --flag=$VAR as a flag with an unknown value', () => {
    const s = 'az role assignment create --assignee-object-id=$PID --role="AcrPull" --scope "/subs/$SUB"';
    const [c] = extractAzCommands(s, 'sh');
    expect(c.group).toEqual(['role', 'assignment', 'create']);
    expect(flag(c, '--assignee-object-id')!.value).toMatchObject({ text: null, raw: '$PID' });
    expect(flag(c, '--role')!.value).toMatchObject({ text: 'AcrPull', raw: '"AcrPull"' });
    expect(flag(c, '--scope')!.value!.text).toBeNull();
  });

  it('treats CI template expressions and macros as unknown words', () => {
    const [c] = extractAzCommands('az ml compute create --name ${{ parameters.cluster_name }} --size $(vmSize)', 'sh');
    expect(flag(c, '--name')!.value).toMatchObject({ text: null, raw: '${{ parameters.cluster_name }}' });
    expect(flag(c, '--size')!.value!.raw).toBe('$(vmSize)');
  });

  it('accepts CRLF and blanks after a backslash continuation', () => {
    const s = 'az acr create -n a \\  \r\n  --admin-enabled true\r\n';
    const [c] = extractAzCommands(s, 'sh');
    const admin = flag(c, '--admin-enabled')!;
    expect(s.slice(admin.nameSpan.start, admin.nameSpan.end)).toBe('--admin-enabled');
    expect(admin.value!.text).toBe('true');
  });

  it('normalizes long flag case and decodes escapes', () => {
    const [c] = extractAzCommands("az acr update --Admin-Enabled $'tr\\x75e' -n my\\ acr", 'sh');
    expect(c.flags.map((f) => f.name)).toEqual(['--admin-enabled', '-n']);
    expect(flag(c, '-n')!.value!.text).toBe('my acr');
  });

  it('ignores a trailing comment', () => {
    const [c] = extractAzCommands('az acr update -n a # --admin-enabled true', 'sh');
    expect(c.flags.map((f) => f.name)).toEqual(['-n']);
  });

  it('never throws on garbage', () => {
    for (const s of ['az "unterminated', "az '", 'az $(', 'az ${', '`az', '\\', 'az --x=', '<<', 'az )))']) {
      expect(() => extractAzCommands(s, 'sh')).not.toThrow();
      expect(() => extractAzCommands(s, 'ps1')).not.toThrow();
    }
  });
});

describe('extractAzCommands (ps1)', () => {
  const script = fixture('create-uai.ps1');
  const cmds = extractAzCommands(script, 'ps1');

  it('finds assignments, & calls and script blocks, not comments or block comments', () => {
    expect(groups(cmds)).toEqual(['identity create', 'role assignment create', 'acr update']);
  });

  it('follows backtick continuations with exact flag spans', () => {
    const c = cmds[0];
    expect(c.span.start).toBe(offsetOf(script, 3, 8));
    expect(flag(c, '--name')!.nameSpan).toEqual({ start: offsetOf(script, 4, 3), end: offsetOf(script, 4, 9) });
    expect(flag(c, '--name')!.value).toEqual({ text: 'uai-ml', raw: "'uai-ml'", span: { start: offsetOf(script, 4, 10), end: offsetOf(script, 4, 18) } });
    expect(flag(c, '--resource-group')!.value!.text).toBeNull();
    expect(flag(c, '--tags')!.values!.map((v) => v.text)).toEqual(['env=dev', 'team=ml']);
    expect(flag(c, '-o')!.value!.text).toBe('tsv');
  });

  it('decodes double quotes and marks $var / $( ) unknown', () => {
    const ra = cmds[1];
    expect(flag(ra, '--role')!.value!.text).toBe('AzureML Data Scientist');
    expect(flag(ra, '--assignee-object-id')!.value!.text).toBeNull();
    expect(flag(ra, '--scope')!.value!.text).toBeNull();
    const acr = cmds[2];
    expect(flag(acr, '--name')!.value!.text).toBe('acr"x');
    expect(flag(acr, '--admin-enabled')!.value).toBeUndefined();
  });

  it('ignores here-strings', () => {
    const s = '$t = @"\naz acr update --admin-enabled true\n"@\naz acr show -n a';
    expect(groups(extractAzCommands(s, 'ps1'))).toEqual(['acr show']);
  });
});

describe('extractAzCommands robustness', () => {
  it('survives pathological nesting', () => {
    const s = '$('.repeat(5000) + 'az acr list' + ')'.repeat(5000) + '\naz group list';
    expect(() => extractAzCommands(s, 'sh')).not.toThrow();
  });
});
