import { readBicep } from '../../readers/bicep.js';
import { C_STYLE, openers } from '../comments.js';
import { defineFormat } from '../contract.js';

/** `.bicepparam` files: the values of the template they name (`using`). */
export const bicepparam = defineFormat({
  id: 'bicepparam',
  title: 'Bicep parameter files',
  extensions: ['.bicepparam'],
  read: readBicep,
  modelFormat: 'bicep',
  comments: C_STYLE,
  fixtureMarkers: openers(C_STYLE),
  fence: 'bicep',
});
