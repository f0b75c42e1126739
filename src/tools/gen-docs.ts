// Writes every rules/<id>/README.md, the README rules and formats tables, docs/model.md and the configuration JSON schema.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { configSchema } from '../config/schema.js';
import { FORMATS_END, FORMATS_START, renderFormatsTable, renderModelDoc, renderRuleReadme, renderRulesTable, replaceBetween, replaceTable } from './docs.js';

const root = process.cwd();
const rulesDir = join(root, 'rules');
let changed = 0;
const write = (path: string, text: string) => {
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    /* new file */
  }
  if (old !== text) {
    writeFileSync(path, text);
    changed++;
  }
};
for (const rule of builtinRules) write(join(rulesDir, rule.meta.id, 'README.md'), renderRuleReadme(rule.meta, rulesDir));
write(join(root, 'schema', 'amlguard.schema.json'), JSON.stringify(configSchema, null, 2) + '\n');
const readmePath = join(root, 'README.md');
write(readmePath, replaceBetween(replaceTable(readFileSync(readmePath, 'utf8'), renderRulesTable(builtinRules.map((r) => r.meta))), FORMATS_START, FORMATS_END, renderFormatsTable()));
write(join(root, 'docs', 'model.md'), renderModelDoc());
console.log(`docs: ${changed} file(s) updated`);
