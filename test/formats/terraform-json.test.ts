import { describe, expect, it } from 'vitest';
import { candidatesFor, commentsFor } from '../../src/formats/registry.js';
import { terraformJson } from '../../src/formats/terraform-json/index.js';
import { parseTfJson } from '../../src/formats/terraform-json/parse.js';
import { memContext } from '../helpers/repo.js';
import { at, plain } from '../helpers/values.js';

function read(files: Record<string, string>, path: string) {
  const ctx = memContext(files);
  return terraformJson.read(ctx.source(path)!, ctx);
}

describe('Terraform JSON syntax', () => {
  it('is its own format, not an ARM template, and has no directive comments', () => {
    expect(candidatesFor('infra/main.tf.json').map((f) => f.id)).toEqual(['terraform-json']);
    expect(commentsFor('infra/main.tf.json')).toEqual([]);
  });

  it('reads blocks, labels and template strings with spans into the JSON text', () => {
    const text = '{"resource": {"azurerm_container_registry": {"acr": {"name": "${var.n}", "//": "x", "tags": {"a": 1}, "identity": [{"type": "SystemAssigned"}]}}}}';
    const file = parseTfJson(text);
    expect(file.errors).toEqual([]);
    const [block] = file.body.blocks;
    expect([block.type, ...block.labels.map((l) => l.value)]).toEqual(['resource', 'azurerm_container_registry', 'acr']);
    expect(block.body.attributes.map((a) => a.name)).toEqual(['name', 'tags']);
    expect(block.body.blocks.map((b) => b.type)).toEqual(['identity']);
    const name = block.body.attributes[0].expr;
    expect(name.kind).toBe('template');
    const ref = name.kind === 'template' ? name.parts[0] : undefined;
    expect(ref && typeof ref !== 'string' && ref.kind === 'traversal' ? text.slice(ref.span.start, ref.span.end) : undefined).toBe('var.n');
  });

  it('joins the .tf files of its folder: variables, locals and references resolve across syntaxes', () => {
    const files = {
      'variables.tf': 'variable "admin" {\n  default = true\n}\nlocals {\n  sku = "Premium"\n}\n',
      'main.tf.json': ['{', '  "resource": {', '    "azurerm_container_registry": {', '      "acr": {', '        "name": "cr${local.sku}",', '        "admin_enabled": "${var.admin}"', '      }', '    }', '  }', '}', ''].join('\n'),
    };
    const { resources, parseError } = read(files, 'main.tf.json');
    expect(parseError).toBeUndefined();
    expect(resources.map((r) => [r.kind, r.format, r.symbol, at(r.decl)])).toEqual([['containerRegistry', 'terraform', 'azurerm_container_registry.acr', 'main.tf.json:4:7-4:12']]);
    expect(plain(resources[0].name)).toBe('crPremium');
    const admin = resources[0].props.adminUserEnabled;
    expect([plain(admin), at(admin!.loc)]).toEqual([true, 'variables.tf:2:13-2:17']);
  });

  it('reports a broken file as a certain parse error at the exact place', () => {
    const { resources, parseError } = read({ 'main.tf.json': '{\n  "resource": {\n    "azurerm_container_registry": { "a": { "name": 1, } }\n  }\n}\n' }, 'main.tf.json');
    expect(resources).toEqual([]);
    expect(parseError).toMatchObject({ message: 'property name expected', certain: true });
  });
});
