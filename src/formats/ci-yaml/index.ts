import { mayHaveCiAz } from '../../parsers/shell/script-sources.js';
import { readYaml } from '../aml-yaml/read.js';
import { HASH, openers } from '../comments.js';
import { defineFormat } from '../contract.js';

/** GitHub Actions / Azure Pipelines YAML with `az` commands in script steps (and any AML documents, in the same parse). */
export const ciYaml = defineFormat({
  id: 'ci-yaml',
  title: 'az commands in CI YAML script steps',
  extensions: ['.yml', '.yaml'],
  accepts: (text) => mayHaveCiAz(text),
  read: (src, ctx) => readYaml(src, true, ctx),
  modelFormat: 'az-cli',
  comments: HASH,
  fixtureMarkers: openers(HASH),
  fence: 'yaml',
  readsAlone: true,
});
