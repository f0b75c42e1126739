import { readBicep } from '../../readers/bicep.js';
import { C_STYLE, openers } from '../comments.js';
import { defineFormat } from '../contract.js';

/** Bicep files, with the local modules they call. */
export const bicep = defineFormat({
  id: 'bicep',
  title: 'Bicep',
  extensions: ['.bicep'],
  read: readBicep,
  modelFormat: 'bicep',
  comments: C_STYLE,
  fixtureMarkers: openers(C_STYLE),
  fence: 'bicep',
});
