import { defineRule } from '../../src/rule/contract.js';

export default defineRule({
  meta: {
    id: 'parse-error',
    severity: 'error',
    summary: 'A file could not be parsed; the scan goes on with the other files.',
    description:
      'A file that cannot be parsed is reported with the parser\'s location and reason, and every other file is still scanned. The finding is an **error** when the file is certainly in scope (YAML with an Azure ML `$schema`, `.bicep`, `.tf`, an ARM template) and a **note** for other YAML or JSON whose kind cannot be known, such as a template with unquoted `{{placeholders}}` or a CI file. Files over 5 MB, binary files and files that are not UTF-8 are reported as notes and skipped.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'az ml compute create -f create-cluster.yml',
        english: 'Every AML resource in the seed is created from a YAML file given to the CLI; a file that does not parse cannot be deployed, and cannot be checked.',
      },
    ],
    why: 'A file that cannot be parsed cannot be checked, and will usually fail in the CLI too; reporting it keeps the scan honest about its coverage.',
    fix: 'Fix the syntax at the reported position. For templates rendered before deployment (`{{MODEL_VERSION}}`), quote the placeholder (`"{{MODEL_VERSION}}"`) so the file is valid YAML, or exclude the file.',
    tags: ['reliability'],
    formats: ['aml-yaml'],
    messages: {},
    securitySeverity: 2.0,
  },
});
