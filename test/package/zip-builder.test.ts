import JSZip from 'jszip';
import { inflateRawSync } from 'node:zlib';
import { buildZip, crc32, entryOf, patchDeclaredSizes, writeZip, zeroBomb } from './zip-builder';

/** Central-directory fields of each entry, read straight from the bytes. */
function centralFields(zip: Buffer): Array<{ method: number; crc: number; declared: number; compressed: number }> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const fields = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    fields.push({
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressed: zip.readUInt32LE(at + 20),
      declared: zip.readUInt32LE(at + 24),
    });
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return fields;
}

describe('test zip builder', () => {
  it('writes honest entries an independent reader opens', async () => {
    const zip = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/工作簿.xml', data: '<workbook>甲乙丙</workbook>'.repeat(50), deflate: true },
    ]);
    const opened = await JSZip.loadAsync(zip);
    expect(await opened.file('[Content_Types].xml')?.async('string')).toBe('<Types/>');
    expect(await opened.file('xl/工作簿.xml')?.async('string')).toBe('<workbook>甲乙丙</workbook>'.repeat(50));
    expect(centralFields(zip).map((field) => field.method)).toEqual([0, 8]);
  });

  it('declares the size it is told to, in the local and the central header', () => {
    const content = 'x'.repeat(100_000);
    const zip = buildZip([{ name: 'xl/workbook.xml', data: content, deflate: true, declaredSize: 1000 }]);
    expect(zip.readUInt16LE(8)).toBe(8);
    expect(zip.readUInt32LE(22)).toBe(1000);
    expect(centralFields(zip)[0]).toMatchObject({ method: 8, declared: 1000, crc: crc32(Buffer.from(content)) });
    const body = 30 + 'xl/workbook.xml'.length;
    expect(inflateRawSync(zip.subarray(body, body + zip.readUInt32LE(18))).toString('utf8')).toBe(content);
  });

  it('round-trips raw entries, a bomb stays compressed', () => {
    const bomb = zeroBomb(8 * 1024 * 1024);
    expect(inflateRawSync(bomb).length).toBe(8 * 1024 * 1024);
    const zip = writeZip([
      entryOf('a.xml', '<a/>', 0),
      { name: 'bomb.xml', method: 8, data: bomb, crc: 0, uncompressedSize: 4096 },
    ]);
    expect(zip.length).toBeLessThan(bomb.length + 300);
    expect(centralFields(zip)).toEqual([
      { method: 0, crc: crc32(Buffer.from('<a/>')), declared: 4, compressed: 4 },
      { method: 8, crc: 0, declared: 4096, compressed: bomb.length },
    ]);
  });

  it('patches every declared size', () => {
    const zip = buildZip([
      { name: 'a.xml', data: '<a/>' },
      { name: 'b.xml', data: '<b/>', deflate: true },
    ]);
    expect(centralFields(patchDeclaredSizes(zip, 0xfffffff0)).map((field) => field.declared)).toEqual([
      0xfffffff0, 0xfffffff0,
    ]);
  });
});
