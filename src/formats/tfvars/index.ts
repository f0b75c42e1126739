import { readTfvars } from '../../readers/terraform.js';
import { HCL, openers } from '../comments.js';
import { defineFormat } from '../contract.js';

/** `.tfvars`: no resources; `terraform.tfvars` and `*.auto.tfvars` feed their folder's module. */
export const tfvars = defineFormat({
  id: 'tfvars',
  title: 'Terraform variable files',
  extensions: ['.tfvars'],
  read: readTfvars,
  modelFormat: 'terraform',
  comments: HCL,
  fixtureMarkers: openers(HCL),
  fence: 'hcl',
});
