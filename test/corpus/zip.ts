/**
 * A minimal zip reader/writer for crafting hostile .xlsx files (zip bombs, lying sizes, patched XML):
 * stored and deflated entries, sizes as declared by the caller, no zip64. Test-only; the product never
 * writes zips by hand.
 */
import { deflateRawSync, inflateRawSync, constants as zlibConstants } from 'node:zlib';
import { entryDataOffset, inspectXlsxBytes } from '../../src/xlsx/inspect';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: 0 | 8;
  /** The bytes as stored in the zip (compressed for method 8). */
  data: Uint8Array;
  crc: number;
  /** What the headers declare; a lie makes a bomb. */
  uncompressedSize: number;
}

/** An entry from its content, deflated (or stored), with honest sizes. */
export function entryOf(name: string, content: Uint8Array | string, method: 0 | 8 = 8): RawEntry {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    method,
    data: method === 8 ? deflateRawSync(bytes) : bytes,
    crc: crc32(bytes),
    uncompressedSize: bytes.length,
  };
}

/** The entries of a zip (e.g. an .xlsx exceljs wrote), still compressed. */
export function readEntries(zip: Uint8Array): RawEntry[] {
  const inspected = inspectXlsxBytes(zip);
  if (!inspected.ok) throw new Error(`not a readable xlsx: ${inspected.problem}`);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  return inspected.entries.map((entry) => {
    const start = entryDataOffset(zip, entry);
    return {
      name: entry.name,
      method: entry.method as 0 | 8,
      data: zip.slice(start, start + entry.compressedSize),
      crc: view.getUint32(entry.localHeaderOffset + 14, true),
      uncompressedSize: entry.uncompressedSize,
    };
  });
}

export function entryContent(entry: RawEntry): Buffer {
  return entry.method === 8 ? inflateRawSync(entry.data) : Buffer.from(entry.data);
}

/** Write entries as a zip (UTF-8 names, no zip64). */
export function writeZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(0, 10); // time/date
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, Buffer.from(entry.data));

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.uncompressedSize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A raw deflate stream that inflates to `totalBytes` zeros (a multiple of 1 MiB) while being about
 * totalBytes / 1000 long: one fully flushed (byte-aligned, dictionary-reset) block of 1 MiB zeros
 * repeated, then an empty final block. Built without ever holding the inflated data.
 */
export function zeroBomb(totalBytes: number): Buffer {
  const chunkSize = 1024 * 1024;
  const chunk = deflateRawSync(Buffer.alloc(chunkSize), { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH });
  const finalBlock = deflateRawSync(Buffer.alloc(0));
  const copies = Math.ceil(totalBytes / chunkSize);
  const out = Buffer.alloc(chunk.length * copies + finalBlock.length);
  for (let i = 0; i < copies; i++) chunk.copy(out, i * chunk.length);
  finalBlock.copy(out, chunk.length * copies);
  return out;
}
