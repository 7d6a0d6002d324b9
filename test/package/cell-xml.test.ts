/**
 * One cell's markup, table-driven: each kind of value with and without a formula, a style and a prefix. Every
 * result is checked to be one well-formed element (the tokenizer reads it back as <c> … </c>).
 */
import { cellXml, type CellContent } from '../../src/package/cell-xml';
import { TagCursor } from '../../src/package/xml';

const CASES: Array<[string, CellContent, string, string]> = [
  ['empty', { value: null }, '', '<c r="B2"/>'],
  ['empty text, styled', { value: '', style: 3 }, '', '<c r="B2" s="3"/>'],
  ['number', { value: 12.5 }, '', '<c r="B2"><v>12.5</v></c>'],
  ['non-finite number', { value: Infinity }, '', '<c r="B2"></c>'],
  ['boolean', { value: true }, '', '<c r="B2" t="b"><v>1</v></c>'],
  ['text', { value: '达成<年度>目标' }, '', '<c r="B2" t="inlineStr"><is><t>达成&lt;年度&gt;目标</t></is></c>'],
  [
    'text with an edge space',
    { value: ' 说明' },
    '',
    '<c r="B2" t="inlineStr"><is><t xml:space="preserve"> 说明</t></is></c>',
  ],
  ['text in a prefixed sheet', { value: 'x' }, 'x:', '<x:c r="B2" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c>'],
  [
    'formula with its number',
    { value: 0.9, formula: '=C2/D2', style: 4 },
    '',
    '<c r="B2" s="4"><f>C2/D2</f><v>0.9</v></c>',
  ],
  ['formula without a cached value', { value: null, formula: 'SUM(C2:D2)' }, '', '<c r="B2"><f>SUM(C2:D2)</f></c>'],
  ['prefixed formula without a cached value', { value: '', formula: 'C2' }, 'x:', '<x:c r="B2"><x:f>C2</x:f></x:c>'],
  ['formula with an error', { value: '#DIV/0!', formula: 'C2/0' }, '', '<c r="B2" t="e"><f>C2/0</f><v>#DIV/0!</v></c>'],
  ['formula with text', { value: '优', formula: 'E2' }, '', '<c r="B2" t="str"><f>E2</f><v>优</v></c>'],
];

/** The names of the tags of `xml`, in order, with '/' before closing ones and after self-closing ones. */
function tagNames(xml: string): string[] {
  const cursor = new TagCursor(xml);
  const names: string[] = [];
  while (cursor.next()) {
    const tag = cursor.tag;
    names.push(tag.closing ? `/${tag.name}` : tag.selfClosing ? `${tag.name}/` : tag.name);
  }
  return names;
}

describe('cellXml', () => {
  it.each(CASES)('%s', (_name, content, prefix, expected) => {
    const xml = cellXml('B2', content, prefix);
    expect(xml).toBe(expected);
    const names = tagNames(xml);
    // One element: a self-closing <c/>, or <c> … </c> with every inner tag closed in order.
    if (names.length === 1) expect(names).toEqual(['c/']);
    else {
      expect(names[0]).toBe('c');
      expect(names[names.length - 1]).toBe('/c');
      const open: string[] = [];
      for (const name of names) {
        if (name.endsWith('/')) continue;
        if (name.startsWith('/')) expect(open.pop()).toBe(name.slice(1));
        else open.push(name);
      }
      expect(open).toEqual([]);
    }
  });
});
