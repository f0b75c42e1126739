import { readShell } from '../../readers/azcli.js';
import { HASH, openers } from '../comments.js';
import { defineFormat } from '../contract.js';

/** `az` commands in shell scripts. */
export const shell = defineFormat({
  id: 'shell',
  title: 'az commands in shell scripts',
  extensions: ['.sh', '.bash'],
  read: readShell,
  modelFormat: 'az-cli',
  comments: HASH,
  fixtureMarkers: openers(HASH),
  fence: 'sh',
});
