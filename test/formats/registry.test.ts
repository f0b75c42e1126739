import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidatesFor, commentsFor, formatFor, FORMATS } from '../../src/formats/registry.js';
import { isReadByName } from '../../src/formats/endings.js';
import { READ_ENDINGS } from '../../src/generated/extensions.js';
import { renderFormatsTable } from '../../src/tools/docs.js';
import { MODEL_FORMATS } from '../../src/model/resource.js';

const FORMATS_DIR = new URL('../../src/formats/', import.meta.url).pathname;

describe('format registry', () => {
  it('lists every format folder once, under its id', () => {
    const folders = readdirSync(FORMATS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(FORMATS.map((f) => f.id).sort()).toEqual(folders);
  });

  it('yields every model format, and only those', () => {
    expect([...new Set(FORMATS.map((f) => f.modelFormat))].sort()).toEqual([...MODEL_FORMATS].sort());
  });

  it('dispatches shared extensions on the text', () => {
    expect(formatFor('.github/workflows/ci.yml', 'jobs:\n  a:\n    steps:\n      - run: az ml job create -f job.yml\n')?.id).toBe('ci-yaml');
    expect(formatFor('ml/job.yml', '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\n')?.id).toBe('aml-yaml');
    expect(formatFor('infra/main.json', '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"}')?.id).toBe('arm-json');
    expect(formatFor('infra/main.parameters.json', '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"}')?.id).toBe('arm-params');
    expect(formatFor('package.json', '{"name": "x"}')).toBeUndefined();
    expect(formatFor('README.md', '# x')).toBeUndefined();
  });

  it('matches names case-insensitively, by extension only', () => {
    expect(candidatesFor('Main.BICEP').map((f) => f.id)).toEqual(['bicep']);
    expect(candidatesFor('a.yaml').map((f) => f.id)).toEqual(['ci-yaml', 'aml-yaml']);
    expect(candidatesFor('notes.txt')).toEqual([]);
  });

  it('gives each file its own comment syntax for directives', () => {
    expect(commentsFor('a.yml').map((c) => c.open)).toEqual(['#']);
    expect(commentsFor('a.bicep').map((c) => c.open)).toEqual(['//', '/*']);
    expect(commentsFor('a.tf').map((c) => c.open)).toEqual(['#', '//', '/*']);
    expect(commentsFor('a.txt')).toEqual([]);
  });
});

describe('endings read without loading a reader', () => {
  it('are the registry\'s endings (run npm run gen after changing a format)', () => {
    expect(READ_ENDINGS).toEqual([...new Set(FORMATS.flatMap((f) => f.extensions))].sort());
  });

  it('agree with the registry on which names are read', () => {
    for (const name of ['a.yml', 'B.YAML', 'main.tf.json', 'x.tfvars', 'run.ps1', 'notes.txt', 'Dockerfile', 'a.json.bak', 'tf.json']) {
      expect(isReadByName(name), name).toBe(candidatesFor(name).length > 0);
    }
  });
});

describe('format docs', () => {
  it('the README formats table is up to date', () => {
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'), 'run npm run gen').toContain(renderFormatsTable());
  });
});
