import type { SourceFile } from '../../model/located.js';
import { readArm } from '../../readers/arm.js';
import { BICEP_GENERATED } from '../../readers/arm/json.js';
import { C_STYLE, openers } from '../comments.js';
import { defineFormat, type ReadContext, type ReadResult } from '../contract.js';

/**
 * A template compiled from a Bicep file beside it (`main.json` or `azuredeploy.json` next to
 * `main.bicep`, with the Bicep generator's metadata) says the same thing twice: the Bicep file is
 * read, the JSON is not.
 */
function readArmUnlessCompiled(src: SourceFile, ctx: ReadContext): ReadResult {
  if (BICEP_GENERATED.test(src.text)) {
    const dir = src.path.includes('/') ? src.path.slice(0, src.path.lastIndexOf('/') + 1) : '';
    if (ctx.source(src.path.replace(/\.jsonc?$/i, '.bicep')) || ctx.source(`${dir}main.bicep`)) return { resources: [] };
  }
  return readArm(src, ctx);
}

/** ARM deployment templates (JSON with comments); other JSON is left alone. */
export const armJson = defineFormat({
  id: 'arm-json',
  title: 'ARM deployment templates',
  extensions: ['.json', '.jsonc'],
  accepts: (text) => /deploymentTemplate/i.test(text),
  read: readArmUnlessCompiled,
  modelFormat: 'arm',
  comments: C_STYLE,
  fixtureMarkers: openers(C_STYLE),
  fence: 'json',
});
