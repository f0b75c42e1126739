import { readTerraform } from '../../readers/terraform.js';
import { HCL, openers } from '../comments.js';
import { defineFormat } from '../contract.js';

/** Terraform `.tf` (azurerm and azapi), evaluated per module folder. */
export const terraform = defineFormat({
  id: 'terraform',
  title: 'Terraform (HCL)',
  extensions: ['.tf'],
  read: readTerraform,
  modelFormat: 'terraform',
  comments: HCL,
  fixtureMarkers: openers(HCL),
  fence: 'hcl',
});
