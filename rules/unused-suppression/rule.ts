import { defineRule } from '../../src/rule/contract.js';

/** Reported by the engine after suppressions are applied (src/engine/filters/suppress.ts); no check of its own. */
export default defineRule({
  meta: {
    id: 'unused-suppression',
    severity: 'note',
    summary: 'An amlguard-disable directive suppresses nothing.',
    description:
      'A `amlguard-disable-next-line`, `amlguard-disable-line` or `amlguard-disable-file` comment that no longer matches any finding is reported, so stale suppressions do not pile up and silently hide a future finding. Directives naming a rule that was switched off are not reported. Directives are written in the comments of the file\'s own format (`#` in YAML, HCL, shell and PowerShell; `//` and `/* */` in Bicep, ARM JSON and HCL); Terraform JSON (`*.tf.json`) has no comments, so no directive applies there: exclude findings in those files with `ignore:` in `.amlguard.yml` instead.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Este enfoque tiene la limitación de que otros usuarios del área de trabajo con permisos suficientes puedan recuperar esas credenciales, lo que puede ser un problema de seguridad para alguna organización.',
        english: 'A suppression is a decision about a specific risk such as this one; once the risk is gone the directive should go too, or it will hide the next one.',
      },
    ],
    why: 'A directive left behind after the problem was fixed will silently suppress the next, different finding on that line.',
    fix: 'Delete the directive, or correct the rule id it names.',
    tags: ['maintainability'],
    formats: ['aml-yaml'],
    messages: {},
    securitySeverity: 1.0,
  },
});
