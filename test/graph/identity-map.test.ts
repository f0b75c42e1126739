import { describe, expect, it } from 'vitest';
import type { GraphReport, ReportRequirement } from '../../src/app/graph-report/build.js';
import { identityMapMarkdown, identityMapSection, markdownText, mermaidText, workspaceMaps } from '../../src/app/graph-report/mermaid.js';
import { cliIn } from '../helpers/repo.js';

const MIXED = new URL('./fixtures/mixed/', import.meta.url).pathname;

/** A workspace whose identity needs `n` roles on `n` registries, all missing. */
function wideReport(workspaces: number, n: number): GraphReport {
  const resources: GraphReport['resources'] = [];
  const requirements: ReportRequirement[] = [];
  for (let w = 0; w < workspaces; w++) {
    const ws = `w${w}.bicep:1:1`;
    resources.push({ id: ws, kind: 'workspace', name: `mlw-${w}`, file: `w${w}.bicep`, line: 1, instance: null });
    for (let i = 0; i < n; i++) {
      const acr = `w${w}.bicep:${i + 10}:1`;
      resources.push({ id: acr, kind: 'containerRegistry', name: `acr${i}`, file: `w${w}.bicep`, line: i + 10, instance: null });
      requirements.push({ rule: 'r', subject: ws, workspace: { state: 'found', resource: ws }, identity: { state: 'external', name: 'uai' }, role: 'AcrPull', on: { state: 'found', resource: acr }, what: 'registry', state: 'missing' });
    }
  }
  return { version: 1, resources, assignments: [], requirements };
}

describe('the identity map (Markdown and Mermaid text)', () => {
  it('draws the mixed fixture as one flowchart for its workspace', async () => {
    const r = await cliIn(['graph', '--format', 'mermaid'], MIXED);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("### Workspace 'mlw-graph' (infra/main.bicep:40): 5 missing, 4 unknown, 2 granted\n\n```mermaid\nflowchart LR\n");
    const diagram = /```mermaid\n([\s\S]*?)\n```/.exec(r.stdout)![1];
    expect(diagram.split('\n').filter((l) => !l.includes('classDef'))).toEqual([
      'flowchart LR',
      '  n0("compute<br/>train-cluster"):::subject',
      '  n1(["identity<br/>uai-train"]):::identity',
      '  n0 -.->|uses| n1',
      '  n2["container registry<br/>acrgraph"]:::resource',
      '  n1 -->|"AcrPull: granted"| n2',
      '  n3("online endpoint<br/>score"):::subject',
      '  n4(["identity<br/>uai-shared-endpoint #183; outside this repository"]):::outside',
      '  n3 -.->|uses| n4',
      '  n4 -.->|"AcrPull: unknown"| n2',
      '  n5["storage account<br/>stgraph"]:::resource',
      '  n4 -.->|"Storage Blob Data Reader: unknown"| n5',
      '  n6("workspace<br/>mlw-graph"):::subject',
      '  n4 -.->|"AzureML Metrics Writer #40;preview#41; #40;optional#41;: unknown"| n6',
      '  n7(["identity<br/>uai-ws"]):::identity',
      '  n6 -.->|uses| n7',
      '  n7 -->|"Contributor: MISSING"| n6',
      '  n7 -->|"Contributor: granted"| n5',
      '  n7 -->|"Storage Blob Data Contributor #40;optional#41;: MISSING"| n5',
      '  n8["key vault<br/>kv-graph"]:::resource',
      '  n7 -->|"Contributor: MISSING"| n8',
      '  n7 -->|"Key Vault Administrator: MISSING"| n8',
      '  n7 -->|"Contributor: MISSING"| n2',
      '  n9["Application Insights<br/>appi-graph"]:::resource',
      '  n7 -.->|"Contributor: unknown"| n9',
      '  linkStyle 1,8 stroke:#1a7f37,stroke-width:2px',
      '  linkStyle 7,9,10,11,12 stroke:#cf222e,stroke-width:3px',
      '  linkStyle 3,4,5,13 stroke:#8c959f,stroke-width:2px,stroke-dasharray:5 4',
    ]);
    // Each unknown answer is listed under the diagram with its reason.
    expect(r.stdout).toContain('- uai-ws → Contributor on Application Insights appi-graph: an assignment might grant it, but its principal, scope or role is not known statically\n');
  });

  it('escapes every character Mermaid, Markdown or HTML could read', () => {
    expect(mermaidText('a "b" [c] {d} (e) #1; <i> | %% `f` & é\nx')).toBe('a #34;b#34; #91;c#93; #123;d#125; #40;e#41; #35;1#59; #60;i#62; #124; #37;#37; #96;f#96; #38; #233; x');
    expect(mermaidText('uai-train_01/x:y, it\'s')).toBe("uai-train_01/x:y, it's");
    expect(mermaidText('🔑')).toBe('#128273;');
    expect(markdownText('a <b> & *c* [d](e) `f` | g_h')).toBe('a &lt;b&gt; &amp; \\*c\\* \\[d\\](e) \\`f\\` \\| g\\_h');
  });

  it('one diagram per workspace; folded beyond 12 required roles; capped in the job summary', () => {
    const small = identityMapMarkdown(wideReport(2, 3), { foldAbove: 12 });
    expect(small.match(/```mermaid/g)).toHaveLength(2);
    expect(small).not.toContain('<details>');
    expect(small).toContain("### Workspace 'mlw-1' (w1.bicep:1): 3 missing, 0 unknown, 0 granted\n");
    const wide = identityMapSection(wideReport(1, 13));
    expect(wide.startsWith('## Identity map\n\n')).toBe(true);
    expect(wide).toContain("<details>\n<summary>Workspace 'mlw-0' (w0.bicep:1): 13 missing, 0 unknown, 0 granted</summary>\n\n```mermaid\n");
    expect(wide).toContain('```\n\n</details>\n');
    const many = identityMapSection(wideReport(23, 1));
    expect(many.match(/```mermaid/g)).toHaveLength(20);
    expect(many).toContain('…and 3 more workspaces: run `amlguard graph --format mermaid` to see them all.');
    expect(workspaceMaps(wideReport(1, 2))[0].counts).toEqual({ granted: 0, missing: 2, unknown: 0 });
  });

  it('names a resource whose name is not known by its file and line, and shows its instance', () => {
    const report = wideReport(1, 1);
    report.resources[1] = { ...report.resources[1], name: null, file: 'infra/modules/acr/main.tf', instance: 'module.acr[1]' };
    expect(workspaceMaps(report)[0].mermaid).toContain('  n2["registry<br/>main.tf:10 #91;module.acr#91;1#93;#93;"]:::resource\n');
  });

  it('adds nothing to the job summary when no rule requires a role', () => {
    expect(identityMapSection({ version: 1, resources: [], assignments: [], requirements: [] })).toBe('');
    expect(identityMapMarkdown({ version: 1, resources: [], assignments: [], requirements: [] })).toBe('No role requirements: no workspace, compute or endpoint here acts as a user-assigned identity.\n');
  });
});
