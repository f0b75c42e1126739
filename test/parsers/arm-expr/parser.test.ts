import { describe, expect, it } from 'vitest';
import { armLiteralValue, isArmExpression, parseArmExpression, type ArmExpr } from '../../../src/parsers/arm-expr/parser.js';

/** Compact rendering used to assert tree shape. */
function show(e: ArmExpr): string {
  switch (e.kind) {
    case 'string': return `'${e.value}'`;
    case 'number': return String(e.value);
    case 'bool': return String(e.value);
    case 'null': return 'null';
    case 'call': return `${e.name}(${e.args.map(show).join(', ')})`;
    case 'member': return `${show(e.object)}.${e.property}`;
    case 'index': return `${show(e.object)}[${show(e.index)}]`;
    case 'error': return `<error ${e.message}>`;
  }
}

const text = (s: string, e: { span: { start: number; end: number } }) => s.slice(e.span.start, e.span.end);

describe('isArmExpression', () => {
  it('recognises [ … ] but not the [[ escape or plain strings', () => {
    expect(isArmExpression("[parameters('a')]")).toBe(true);
    expect(isArmExpression("[[parameters('a')]")).toBe(false);
    expect(isArmExpression('Standard_LRS')).toBe(false);
    expect(isArmExpression('[')).toBe(false);
    expect(isArmExpression('[x')).toBe(false);
    expect(parseArmExpression('[[literal]')).toBeNull();
    expect(armLiteralValue('[[literal]')).toBe('[literal]');
  });
});

describe('parseArmExpression', () => {
  it('parses concat with nested calls and exact spans', () => {
    const s = "[concat('/subscriptions/', subscription().subscriptionId, '/providers/Microsoft.Authorization/roleDefinitions/', 'b24988ac-6180-42a0-ab88-20f7382dd24c')]";
    const e = parseArmExpression(s)!;
    expect(show(e)).toBe("concat('/subscriptions/', subscription().subscriptionId, '/providers/Microsoft.Authorization/roleDefinitions/', 'b24988ac-6180-42a0-ab88-20f7382dd24c')");
    expect(e.kind).toBe('call');
    if (e.kind !== 'call') return;
    expect(e.span).toEqual({ start: 1, end: s.length - 1 });
    expect(e.nameSpan).toEqual({ start: 1, end: 7 });
    expect(text(s, e.args[0])).toBe("'/subscriptions/'");
    expect(text(s, e.args[1])).toBe('subscription().subscriptionId');
    const m = e.args[1];
    if (m.kind !== 'member') throw new Error('member expected');
    expect(s.slice(m.propertySpan.start, m.propertySpan.end)).toBe('subscriptionId');
    expect(text(s, m.object)).toBe('subscription()');
    expect(e.args[3]).toMatchObject({ kind: 'string', value: 'b24988ac-6180-42a0-ab88-20f7382dd24c' });
  });

  it('parses reference(resourceId(…), apiVersion).principalId', () => {
    const s = "[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('n')), '2018-11-30').principalId]";
    const e = parseArmExpression(s)!;
    expect(show(e)).toBe("reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('n')), '2018-11-30').principalId");
    if (e.kind !== 'member') throw new Error('member expected');
    expect(e.property).toBe('principalId');
    expect(e.span).toEqual({ start: 1, end: s.length - 1 });
    const ref = e.object;
    if (ref.kind !== 'call') throw new Error('call expected');
    expect(text(s, ref.args[0])).toBe("resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('n'))");
    expect(text(s, ref.args[1])).toBe("'2018-11-30'");
  });

  it("parses reference(…, 'Full').identity.principalId as nested members", () => {
    const e = parseArmExpression("[reference(variables('x'), '2022-01-01', 'Full').identity.principalId]")!;
    expect(show(e)).toBe("reference(variables('x'), '2022-01-01', 'Full').identity.principalId");
    expect(e).toMatchObject({ kind: 'member', property: 'principalId', object: { kind: 'member', property: 'identity' } });
  });

  it('parses if/equals and format', () => {
    expect(show(parseArmExpression("[if(equals(parameters('a'),'x'), 'A', 'B')]")!)).toBe("if(equals(parameters('a'), 'x'), 'A', 'B')");
    const s = "[format('{0}/{1}', parameters('a'), variables('b'))]";
    const e = parseArmExpression(s)!;
    expect(show(e)).toBe("format('{0}/{1}', parameters('a'), variables('b'))");
    if (e.kind !== 'call') throw new Error('call expected');
    expect(e.args.map((a) => text(s, a))).toEqual(["'{0}/{1}'", "parameters('a')", "variables('b')"]);
  });

  it('keeps original and lowercased names, including namespaces', () => {
    const e = parseArmExpression("[udf.myFunc(ResourceGroup().Location)]")!;
    expect(e).toMatchObject({ kind: 'call', name: 'udf.myFunc', lname: 'udf.myfunc', nameSpan: { start: 1, end: 11 } });
    if (e.kind !== 'call') return;
    expect(e.args[0]).toMatchObject({ kind: 'member', property: 'Location', object: { name: 'ResourceGroup', lname: 'resourcegroup' } });
  });

  it('parses indexers, numbers, bools, null and escaped quotes', () => {
    const s = "[ reference( 'x' )['outputs'] [0] ]";
    const e = parseArmExpression(s)!;
    expect(show(e)).toBe("reference('x')['outputs'][0]");
    expect(e.span).toEqual({ start: 2, end: s.length - 2 });
    expect(show(parseArmExpression("[createArray(1, -2, true, false(), null, null(), 'it''s')]")!))
      .toBe("createArray(1, -2, true, false, null, null, 'it's')");
    const str = parseArmExpression("['it''s']")!;
    expect(str).toEqual({ kind: 'string', value: "it's", span: { start: 1, end: 8 } });
  });

  it('returns error nodes for malformed input and never throws', () => {
    expect(parseArmExpression("[concat('a'")).toBeNull(); // no closing bracket: a plain string
    const bad = ["[concat('a',]", "[concat('a']", "['open]", '[]', '[foo]', "[a('x') b]", '[f(,)]', '[x.]', "[reference('a').]", '[1.2.3]', '[@]'];
    for (const s of bad) {
      const e = parseArmExpression(s);
      expect(e?.kind, s).toBe('error');
    }
    expect(parseArmExpression("[concat('a',]")).toMatchObject({ kind: 'error', span: { start: 12 } });
  });
});
