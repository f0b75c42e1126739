import { describe, expect, it } from 'vitest';
import { extractAzCommands } from '../../../src/parsers/shell/azcli.js';
import { extractScriptsFromCiYaml } from '../../../src/parsers/shell/script-sources.js';
import { fixture, lineCol } from './fixtures/helpers.js';

describe('extractScriptsFromCiYaml: GitHub workflow', () => {
  const text = fixture('workflow.yml');
  const scripts = extractScriptsFromCiYaml(text);

  it('finds run steps with their shell, skipping non-shell interpreters', () => {
    expect(scripts.map((s) => [s.key, s.dialect])).toEqual([['run', 'sh'], ['run', 'ps1']]);
  });

  it('maps a run: | block to file line/column', () => {
    const s = scripts[0];
    const [c] = extractAzCommands(s.script, s.dialect);
    expect(lineCol(text, s.toFileOffset(c.span.start))).toEqual({ line: 10, column: 11 });
    const admin = c.flags.find((f) => f.name === '--admin-enabled')!;
    expect(lineCol(text, s.toFileOffset(admin.nameSpan.start))).toEqual({ line: 12, column: 13 });
    expect(lineCol(text, s.toFileOffset(admin.nameSpan.end))).toEqual({ line: 12, column: 28 });
    expect(admin.value!.text).toBe('true');
  });

  it('maps a plain single-line scalar', () => {
    const s = scripts[1];
    const [c] = extractAzCommands(s.script, s.dialect);
    const rg = c.flags.find((f) => f.name === '--resource-group')!;
    expect(lineCol(text, s.toFileOffset(rg.nameSpan.start))).toEqual({ line: 15, column: 47 });
    expect(rg.value!.text).toBeNull();
  });
});

describe('extractScriptsFromCiYaml: Azure Pipelines', () => {
  const text = fixture('azure-pipelines.yml');
  const scripts = extractScriptsFromCiYaml(text);

  it('finds script, AzureCLI@2 inlineScript (by scriptType) and conditional bash steps', () => {
    expect(scripts.map((s) => [s.key, s.dialect])).toEqual([
      ['script', 'sh'], ['inlineScript', 'sh'], ['inlineScript', 'ps1'], ['bash', 'sh'],
    ]);
  });

  it('maps an inlineScript: | block to file line/column, flag by flag', () => {
    const s = scripts[1];
    const [c] = extractAzCommands(s.script, s.dialect);
    expect(c.group).toEqual(['ml', 'compute', 'create']);
    const at = (name: string) => lineCol(text, s.toFileOffset(c.flags.find((f) => f.name === name)!.nameSpan.start));
    expect(lineCol(text, s.toFileOffset(c.span.start))).toEqual({ line: 15, column: 17 });
    expect(at('--type')).toEqual({ line: 16, column: 19 });
    expect(at('--identity-type')).toEqual({ line: 17, column: 19 });
    const v = c.flags.find((f) => f.name === '--identity-type')!.value!;
    expect(lineCol(text, s.toFileOffset(v.span.end))).toEqual({ line: 17, column: 49 });
  });

  it('maps a folded >- block across the fold', () => {
    const s = scripts[2];
    expect(s.script).toBe('az role assignment create --role Reader --assignee-object-id $(principalId)');
    const [c] = extractAzCommands(s.script, s.dialect);
    const role = c.flags.find((f) => f.name === '--role')!;
    expect(lineCol(text, s.toFileOffset(role.nameSpan.start))).toEqual({ line: 24, column: 17 });
  });

  it('maps a double-quoted scalar with escapes and an escaped continuation', () => {
    const s = scripts[3];
    expect(s.script).toBe('az acr update -n "acrdemo" \\\n  --admin-enabled false');
    const [c] = extractAzCommands(s.script, s.dialect);
    expect(c.flags.find((f) => f.name === '-n')!.value!.text).toBe('acrdemo');
    const admin = c.flags.find((f) => f.name === '--admin-enabled')!;
    expect(lineCol(text, s.toFileOffset(admin.nameSpan.start))).toEqual({ line: 26, column: 62 });
    expect(text.slice(s.toFileOffset(admin.nameSpan.start), s.toFileOffset(admin.nameSpan.end))).toBe('--admin-enabled');
  });

  it('maps every char of literal, plain and quoted-without-escapes scalars to itself', () => {
    for (const s of [scripts[0], scripts[1], scripts[2]]) {
      for (let i = 0; i < s.script.length; i++) {
        const ch = s.script[i];
        if (ch !== '\n' && ch !== ' ') expect(text[s.toFileOffset(i)]).toBe(ch);
      }
    }
  });
});

describe('extractScriptsFromCiYaml: edge cases', () => {
  it('returns [] for YAML that does not parse', () => {
    expect(extractScriptsFromCiYaml('steps:\n  - run: {{ x }\n    bad: [')).toEqual([]);
  });

  it('honours defaults.run.shell and windows runners', () => {
    const y = [
      'jobs:',
      '  a:',
      '    runs-on: windows-latest',
      '    steps:',
      '      - run: az acr list',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    defaults:',
      '      run:',
      '        shell: pwsh',
      '    steps:',
      "      - run: 'az acr show -n ''x'''",
      '        shell: bash -e {0}',
      '      - run: az group list',
    ].join('\n');
    const ss = extractScriptsFromCiYaml(y);
    expect(ss.map((s) => s.dialect)).toEqual(['ps1', 'sh', 'ps1']);
    expect(ss[1].script).toBe("az acr show -n 'x'");
    expect(y.slice(ss[1].toFileOffset(15), ss[1].toFileOffset(18))).toBe("''x''");
  });

  it('maps block scalars with an explicit indentation indicator and keep chomping', () => {
    const y = 'steps:\n  - bash: |1+\n       az acr list\n     az group list\n\n';
    const [s] = extractScriptsFromCiYaml(y);
    expect(s.script).toBe('  az acr list\naz group list\n\n');
    const cmds = extractAzCommands(s.script, 'sh');
    expect(cmds.map((c) => lineCol(y, s.toFileOffset(c.span.start)))).toEqual([
      { line: 3, column: 8 }, { line: 4, column: 6 },
    ]);
  });

  it('finds steps in composite actions and step templates', () => {
    const y = 'runs:\n  using: composite\n  steps:\n    - run: az version\n      shell: bash\n';
    expect(extractScriptsFromCiYaml(y).map((s) => s.script)).toEqual(['az version']);
  });
});

describe('extractScriptsFromCiYaml: CRLF', () => {
  it('maps block scalars in files with CRLF line endings', () => {
    const y = 'steps:\r\n  - bash: |\r\n      az acr create -n a \\\r\n        --admin-enabled\r\n';
    const [s] = extractScriptsFromCiYaml(y);
    const [c] = extractAzCommands(s.script, s.dialect);
    const admin = c.flags.find((f) => f.name === '--admin-enabled')!;
    expect(y.slice(s.toFileOffset(admin.nameSpan.start), s.toFileOffset(admin.nameSpan.end))).toBe('--admin-enabled');
    expect(s.toFileOffset(c.span.start)).toBe(y.indexOf('az acr create'));
  });
});
