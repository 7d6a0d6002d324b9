import { NODE_CODEC, nodeCrc32 } from '../../src/package/node';
import { crc32 } from '../../src/package/zip-write';

describe('Node codec', () => {
  it("zlib's native CRC-32 gives the portable table-driven CRC-32", () => {
    expect(nodeCrc32).toBeDefined(); // Node 20.15+
    const samples = [new Uint8Array(0), Buffer.from('<sheetData/>'), Buffer.from('自评报告 ≥90%'.repeat(5000))];
    const bytes = new Uint8Array(70000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    samples.push(bytes);
    for (const data of samples) expect(nodeCrc32!(data)).toBe(crc32(data));
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(NODE_CODEC.crc32).toBe(nodeCrc32);
  });
});
