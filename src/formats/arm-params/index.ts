import { readArm } from '../../readers/arm.js';
import { C_STYLE, openers } from '../comments.js';
import { defineFormat } from '../contract.js';

/** ARM parameter files: no resources of their own (the templates beside them read them), but their parse errors are reported. */
export const armParams = defineFormat({
  id: 'arm-params',
  title: 'ARM parameter files',
  extensions: ['.json', '.jsonc'],
  accepts: (text) => /deploymentParameters/i.test(text),
  read: readArm,
  modelFormat: 'arm',
  comments: C_STYLE,
  fixtureMarkers: openers(C_STYLE),
  fence: 'json',
});
