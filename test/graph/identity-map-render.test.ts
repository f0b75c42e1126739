// The identity map rendered by the `mermaid` package in headless Chromium, as GitHub renders the
// job summary: the SVG must show the nodes, edges and colours the map describes. Skipped when
// Debian's chromium is not installed (.ci/run installs it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { buildGraphReport, type GraphReport } from '../../src/app/graph-report/build.js';
import { workspaceMaps } from '../../src/app/graph-report/mermaid.js';
import { lint } from '../../src/engine/lint.js';
import { Graph } from '../../src/model/graph.js';
import { chromiumAvailable, openRenderer, type Renderer } from '../../scripts/render-mermaid.mjs';

const MIXED = new URL('./fixtures/mixed/', import.meta.url).pathname;
const COLOUR = { granted: '#1a7f37', missing: '#cf222e', unknown: '#8c959f' };

describe.skipIf(!chromiumAvailable())('the identity map in headless Chromium', () => {
  let renderer: Renderer;
  beforeAll(async () => {
    renderer = await openRenderer();
  }, 60_000);
  afterAll(async () => {
    await renderer?.close();
  });

  it('draws the mixed fixture: subjects, identities, targets, and each required role in its colour', async () => {
    const report = buildGraphReport(new Graph(lint({ root: MIXED, rules: builtinRules }).model), builtinRules);
    const maps = workspaceMaps(report);
    expect(maps.map((m) => m.title)).toEqual(["Workspace 'mlw-graph' (infra/main.bicep:40)"]);
    const [svg] = await renderer.render([{ text: maps[0].mermaid }]);
    expect(svg.nodes.map((n) => [n.text, n.class])).toEqual([
      ['computetrain-cluster', 'node default subject'],
      ['identityuai-train', 'node default identity'],
      ['container registryacrgraph', 'node default resource'],
      ['online endpointscore', 'node default subject'],
      ['identityuai-shared-endpoint · outside this repository', 'node default outside'],
      ['storage accountstgraph', 'node default resource'],
      ['workspacemlw-graph', 'node default subject'],
      ['identityuai-ws', 'node default identity'],
      ['key vaultkv-graph', 'node default resource'],
      ['Application Insightsappi-graph', 'node default resource'],
    ]);
    expect(svg.edgeLabels).toEqual([
      'uses',
      'AcrPull: granted',
      'uses',
      'AcrPull: unknown',
      'Storage Blob Data Reader: unknown',
      'AzureML Metrics Writer (preview) (optional): unknown',
      'uses',
      'Contributor: MISSING',
      'Contributor: granted',
      'Storage Blob Data Contributor (optional): MISSING',
      'Contributor: MISSING',
      'Key Vault Administrator: MISSING',
      'Contributor: MISSING',
      'Contributor: unknown',
    ]);
    // Edge ids are L_<from>_<to>_<n>: the ws identity (n7) reaches the workspace (n6) with a red edge.
    const colourOf = (id: string) => Object.entries(COLOUR).find(([, c]) => svg.edges.find((e) => e.id.endsWith(id))!.style.includes(c))?.[0];
    expect(svg.edges).toHaveLength(14);
    expect(colourOf('L_n7_n6_0')).toBe('missing');
    expect(colourOf('L_n1_n2_0')).toBe('granted');
    expect(colourOf('L_n7_n9_0')).toBe('unknown');
    expect(colourOf('L_n0_n1_0')).toBeUndefined();
    const count = (c: string) => svg.edges.filter((e) => e.style.includes(c)).length;
    expect([count(COLOUR.granted), count(COLOUR.missing), count(COLOUR.unknown)]).toEqual([2, 5, 4]);
  });

  it('shows names with quotes, brackets, markup and Mermaid syntax as written', async () => {
    const weird = 'gpu "a" [b] {c} (d) #1; <i>x</i> | %% `q` & é';
    const report: GraphReport = {
      version: 1,
      resources: [
        { id: 'c.yml:1:1', kind: 'compute', name: weird, file: 'c.yml', line: 1, instance: null },
        { id: 'i.bicep:1:1', kind: 'userAssignedIdentity', name: 'uai-"x"]', file: 'i.bicep', line: 1, instance: 'mod[0]' },
      ],
      assignments: [],
      requirements: [
        { rule: 'compute-uai-acr-pull', subject: 'c.yml:1:1', workspace: { state: 'unknown', why: 'no workspace declared' }, identity: { state: 'found', resource: 'i.bicep:1:1' }, role: 'Acr"Pull"[1]', on: { state: 'unknown', why: 'no `workspace` <here>' }, what: 'container registry', state: 'unknown', why: 'x' },
      ],
    };
    const [map] = workspaceMaps(report);
    expect(map.title).toBe('Workspace not resolved');
    const [svg] = await renderer.render([{ text: map.mermaid }]);
    expect(svg.nodes.map((n) => n.text)).toEqual([`compute${weird}`, 'identityuai-"x"] [mod[0]]', 'container registrynot resolved: no `workspace` <here>']);
    expect(svg.edgeLabels).toEqual(['uses', 'Acr"Pull"[1]: unknown']);
    expect(svg.svg).not.toMatch(/<i>/);
  });
});
