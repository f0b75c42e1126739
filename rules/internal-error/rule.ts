import { defineRule } from '../../src/rule/contract.js';

export default defineRule({
  meta: {
    id: 'internal-error',
    severity: 'error',
    summary: 'A rule failed while checking a file; the other rules and files were still checked.',
    description:
      'When a rule throws, amlguard reports one `internal-error` finding naming the rule and the file it was checking, and carries on with every other rule and file. This is a bug in amlguard or in a plugin rule: please report it with the file that triggers it.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Azure Machine Learning se compone de varios servicios de Azure.',
        english: 'Azure Machine Learning is made of several Azure services: a failure to check one file must not hide findings on the others.',
      },
    ],
    why: 'A silent crash would hide findings; reporting it keeps the run honest about what was and was not checked.',
    fix: 'Report the problem with the file that triggers it; meanwhile, switch the failing rule off for that path in the configuration.',
    tags: ['reliability'],
    formats: [],
    messages: {},
    securitySeverity: 1.0,
  },
});
