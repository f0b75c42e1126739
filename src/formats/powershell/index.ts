import { readShell } from '../../readers/azcli.js';
import { HASH, openers } from '../comments.js';
import { defineFormat } from '../contract.js';

/** `az` commands in PowerShell scripts (`#` also opens `<# … #>` blocks). */
export const powershell = defineFormat({
  id: 'powershell',
  title: 'az commands in PowerShell scripts',
  extensions: ['.ps1'],
  read: readShell,
  modelFormat: 'az-cli',
  comments: HASH,
  fixtureMarkers: openers(HASH),
  fence: 'powershell',
});
