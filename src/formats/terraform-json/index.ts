import { readTerraform } from '../../readers/terraform.js';
import { defineFormat } from '../contract.js';

/**
 * Terraform JSON syntax (`*.tf.json`, as CDK for Terraform and generators emit it): read into the
 * same module as the `.tf` files beside it. JSON has no comments, so inline directives do not
 * apply; fixtures mark expected findings with Terraform's own comment property, `"//": "expect: id"`.
 */
export const terraformJson = defineFormat({
  id: 'terraform-json',
  title: 'Terraform JSON syntax',
  extensions: ['.tf.json'],
  read: readTerraform,
  modelFormat: 'terraform',
  comments: [],
  fixtureMarkers: ['"//": "'],
  fence: 'json',
});
