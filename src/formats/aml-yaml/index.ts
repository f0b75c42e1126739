import { HASH, openers } from '../comments.js';
import { defineFormat } from '../contract.js';
import { readYaml } from './read.js';

/** AML CLI v2 YAML (jobs, endpoints, computes, datastores, …); other YAML gives no resources. */
export const amlYaml = defineFormat({
  id: 'aml-yaml',
  title: 'AML CLI v2 YAML',
  extensions: ['.yml', '.yaml'],
  read: (src) => readYaml(src, false),
  modelFormat: 'aml-yaml',
  comments: HASH,
  fixtureMarkers: openers(HASH),
  fence: 'yaml',
  readsAlone: true,
});
