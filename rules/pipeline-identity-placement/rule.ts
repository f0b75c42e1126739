import { defineRule } from '../../src/rule/contract.js';
import { moveRootIdentity } from './fix.js';
import { nameOf } from '../../src/model/resource.js';

export default defineRule({
  meta: {
    id: 'pipeline-identity-placement',
    severity: 'warning',
    summary: 'A pipeline job sets its identity at the root instead of on each step.',
    description:
      'Identity can be set on the root of a pipeline job and on its steps; the step setting wins when both are set. For pipelines that contain pipeline components, only the identity on the individual steps that run takes effect: the root or component-level identity does not work. This rule warns on a root identity, and reports an **error** for every pipeline-component step (`type: pipeline`) that has no identity of its own while the root sets one.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Para los trabajos de canalización, se recomienda establecer la identidad de usuario en el nivel de paso individual que se ejecutará en un proceso, en lugar de en el nivel de canalización raíz.',
        english: 'For pipeline jobs, we recommend setting the user identity at the level of each step that runs on a compute, rather than at the root pipeline level.',
      },
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Sin embargo, para las canalizaciones que contienen componentes de canalización, la identidad debe establecerse en los pasos individuales que se ejecutarán. La identidad establecida en el nivel de componente de canalización raíz o canalización no funcionará.',
        english: 'However, for pipelines that contain pipeline components, the identity must be set on the individual steps that run. Identity set at the root pipeline or pipeline component level will not work.',
      },
    ],
    why: 'The job runs, but not with the identity you set: steps inside pipeline components fall back to the compute identity, so data access is not what was reviewed and may fail or be broader than intended.',
    fix: 'Move `identity:` from the pipeline root into each step under `jobs:` that runs on a compute (inside a pipeline component, onto its own steps).',
    tags: ['reliability', 'identity'],
    formats: ['aml-yaml'],
    messages: {
      rootIdentity: "Pipeline job '{{name}}' sets identity at the root; set it on each step under jobs: instead (step identity takes precedence, and root identity is ignored by pipeline components).",
      componentStep: "Step '{{step}}' is a pipeline component and has no identity of its own; the root identity does not reach its steps. Set identity on the steps inside the component.",
    },
    securitySeverity: 3.0,
  },
  create(ctx) {
    return {
      job(j) {
        if (j.subKind !== 'pipeline' || !j.identity) return;
        const name = nameOf(j);
        const componentSteps = (j.steps ?? []).filter((s) => s.type === 'pipeline' && !s.identity);
        if (componentSteps.length === 0) {
          ctx.report({ at: j.identity.decl, messageId: 'rootIdentity', data: { name }, fix: moveRootIdentity(j, ctx.source(j.file)) });
          return;
        }
        for (const s of componentSteps) {
          ctx.report({ at: s.nameLoc, messageId: 'componentStep', severity: 'error', data: { step: s.name }, related: [{ at: j.identity.decl, message: 'root identity' }] });
        }
      },
    };
  },
});
