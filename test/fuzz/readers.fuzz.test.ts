// Property tests for every reader (format): random and mutated inputs never throw out of the
// reader, never use more than the evaluation budget, and always give resources (possibly none) and
// at most one located parse problem. The mutated text is also a module / neighbour of itself, so
// module calls, parameter files and tfvars reach mutated input too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVAL_LIMITS } from '../../src/model/eval-budget.js';
import { FORMATS } from '../../src/formats/registry.js';
import { SourceFile } from '../../src/model/located.js';
import { memContext } from '../helpers/repo.js';
import { inputs, located, RUNS, seeds, TIMEOUT } from './inputs.js';

/** Per format: where the fuzzed text lives, its neighbours (same text) and the seed extensions. */
const TARGETS: Record<(typeof FORMATS)[number]['id'], { path: string; also: string[]; seeds: string[] }> = {
  'aml-yaml': { path: 'ml/job.yml', also: ['ml/other.yml'], seeds: ['.yml', '.yaml'] },
  'ci-yaml': { path: '.github/workflows/ci.yml', also: ['scripts/roles.sh'], seeds: ['.yml', '.yaml'] },
  'arm-json': { path: 'infra/azuredeploy.json', also: ['infra/azuredeploy.parameters.json'], seeds: ['.json'] },
  'arm-params': { path: 'infra/azuredeploy.parameters.json', also: ['infra/azuredeploy.json'], seeds: ['.json'] },
  bicep: { path: 'infra/main.bicep', also: ['infra/modules/m.bicep', 'infra/main.bicepparam'], seeds: ['.bicep'] },
  bicepparam: { path: 'infra/main.bicepparam', also: ['infra/main.bicep'], seeds: ['.bicepparam', '.bicep'] },
  terraform: { path: 'infra/main.tf', also: ['infra/modules/m/main.tf', 'infra/terraform.tfvars'], seeds: ['.tf'] },
  'terraform-json': { path: 'infra/main.tf.json', also: ['infra/other.tf.json'], seeds: ['.tf.json', '.json'] },
  tfvars: { path: 'infra/terraform.tfvars', also: ['infra/main.tf'], seeds: ['.tfvars', '.tf'] },
  shell: { path: 'scripts/roles.sh', also: [], seeds: ['.sh'] },
  powershell: { path: 'scripts/roles.ps1', also: [], seeds: ['.ps1'] },
};

/** A reader runs its parser and evaluator: the bounded run in `npm test` is smaller than the parsers'. */
const READER_RUNS = process.env.FUZZ_RUNS ? RUNS : 60;

describe(`readers under fuzzing (${READER_RUNS} cases each)`, { timeout: TIMEOUT }, () => {
  for (const format of FORMATS) {
    const target = TARGETS[format.id];
    it(`${format.id}: resources and at most one located problem, within the budget`, () => {
      const texts = seeds(...target.seeds);
      expect(texts.length).toBeGreaterThan(0);
      let cases = 0;
      fc.assert(
        fc.property(inputs(texts), (text) => {
          cases++;
          const ctx = memContext(Object.fromEntries([target.path, ...target.also].map((p) => [p, text])));
          ctx.budget.begin();
          const r = format.read(new SourceFile(target.path, text), ctx);
          ctx.budget.end();
          expect(Array.isArray(r.resources)).toBe(true);
          for (const res of r.resources) expect(typeof res.kind).toBe('string');
          if (r.parseError) located(text, r.parseError);
          expect(ctx.budget.used.steps).toBeLessThanOrEqual(DEFAULT_EVAL_LIMITS.evalSteps + 1);
          expect(ctx.budget.used.modules).toBeLessThanOrEqual(DEFAULT_EVAL_LIMITS.moduleInstances + 1);
        }),
        { numRuns: READER_RUNS },
      );
      expect(cases).toBeGreaterThanOrEqual(READER_RUNS);
    });
  }
});
