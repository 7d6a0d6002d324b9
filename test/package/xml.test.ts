import {
  attribute,
  encodePart,
  ENCODE_INTO_LIMIT,
  escapeXml,
  TagCursor,
  unescapeXml,
  XmlSyntaxError,
} from '../../src/package/xml';

function tags(xml: string): string[] {
  const cursor = new TagCursor(xml);
  const seen: string[] = [];
  while (cursor.next()) {
    const { name, closing, selfClosing } = cursor.tag;
    seen.push(`${closing ? '/' : ''}${name}${selfClosing ? '/' : ''}`);
  }
  return seen;
}

describe('TagCursor', () => {
  it('walks tags, dropping prefixes and skipping declarations, comments, CDATA and processing instructions', () => {
    const xml =
      '<?xml version="1.0"?><!-- <c> --><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><?pi x?><![CDATA[<c>]]><br/></x:row>';
    expect(tags(xml)).toEqual(['row', 'c', 'v', '/v', '/c', 'br/', '/row']);
  });

  it("keeps a '>' inside a quoted attribute value within its tag", () => {
    const xml = '<cfRule formula="A1>0" type="expression"/><next/>';
    expect(tags(xml)).toEqual(['cfRule/', 'next/']);
    const cursor = new TagCursor(xml);
    cursor.next();
    expect(cursor.attr('formula')).toBe('A1>0');
    expect(cursor.attr('type')).toBe('expression');
  });

  it('throws XmlSyntaxError on a cut-off tag or a tag inside a tag', () => {
    expect(() => tags('<row r="1"><c r="A1"')).toThrow(XmlSyntaxError);
    expect(() => tags('<row><c</row>')).toThrow(XmlSyntaxError);
  });
});

describe('attributes and text', () => {
  it('finds attributes by qualified or local name, never inside another value', () => {
    const xml = '<sheet name="r t=&quot;x&quot;" sheetId="2" r:id="rId3"/>';
    expect(attribute(xml, 0, xml.length, 'name')).toBe('r t="x"');
    expect(attribute(xml, 0, xml.length, 'r:id')).toBe('rId3');
    expect(attribute(xml, 0, xml.length, 'id')).toBe('rId3');
    expect(attribute(xml, 0, xml.length, 't')).toBeUndefined();
  });

  it('unescapes named and numeric entities, and escapes what XML needs', () => {
    expect(unescapeXml('&lt;&amp;&#20998;&#x503C;&quot;')).toBe('<&分值"');
    expect(escapeXml('a<b & "c"\u0001')).toBe('a&lt;b &amp; &quot;c&quot;');
  });
});

describe('encodePart', () => {
  it.each([
    ['empty', '', []],
    ['ASCII', '<v>1</v>', [0x3c, 0x76, 0x3e, 0x31, 0x3c, 0x2f, 0x76, 0x3e]],
    ['CJK', '绩效', [0xe7, 0xbb, 0xa9, 0xe6, 0x95, 0x88]],
    ['a surrogate pair', '😀', [0xf0, 0x9f, 0x98, 0x80]],
    ['a lone surrogate (replaced)', 'a\ud800', [0x61, 0xef, 0xbf, 0xbd]],
  ])('encodes %s as UTF-8, exactly as long as its bytes', (_label, text, bytes) => {
    const encoded = encodePart(text);
    expect(encoded.length).toBe(bytes.length);
    expect([...encoded]).toEqual(bytes);
  });

  it('encodes a text past the limit of the up-front buffer the same way', () => {
    const text = `${'a'.repeat(ENCODE_INTO_LIMIT)}绩`;
    const encoded = encodePart(text);
    expect(encoded.length).toBe(ENCODE_INTO_LIMIT + 3);
    expect([...encoded.subarray(ENCODE_INTO_LIMIT - 1)]).toEqual([0x61, 0xe7, 0xbb, 0xa9]);
  });
});
