/**
 * The tests' one zip builder, for crafting good and hostile .xlsx files: entries stored or deflated,
 * sizes as declared by the caller (lying sizes make bombs), zero bombs, patched XML, CFB look-alikes.
 *
 * The bytes are laid out by the product's own writer (`zipParts` in src/package/zip-write.ts, stored); only the
 * header fields a test wants to lie about (method, CRC, declared size) are rewritten afterwards, so there
 * is a single place in the tree that knows how to write zip headers.
 */
import { deflateRawSync, inflateRawSync, constants as zlibConstants } from 'node:zlib';
import { crc32, zipParts } from '../../src/package/zip-write';
import { entryDataOffset, inspectXlsxBytes } from '../../src/package/inspect';

export { crc32 };

const LOCAL_HEADER_SIG = 0x04034b50;
const CENTRAL_HEADER_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;

/** One entry as it sits in the zip. */
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

/** Write entries as a zip (no zip64), with exactly the method, CRC and sizes each entry declares. */
export function writeZip(entries: readonly RawEntry[]): Buffer {
  // Stored, the entry's bytes go in as they are; then the headers are made to say what the entry says.
  const zip = Buffer.from(
    zipParts(
      entries.map((entry) => ({ name: entry.name, data: entry.data })),
      { level: 0 },
    ),
  );
  let at = 0;
  entries.forEach((entry) => {
    if (zip.readUInt32LE(at) !== LOCAL_HEADER_SIG) throw new Error(`no local header for ${entry.name}`);
    writeHeaderFields(zip, at + 8, at + 14, at + 22, entry);
    at += 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28) + zip.readUInt32LE(at + 18);
  });
  centralHeaders(zip).forEach((header, index) =>
    writeHeaderFields(zip, header + 10, header + 16, header + 24, entries[index]),
  );
  return zip;
}

function writeHeaderFields(zip: Buffer, methodAt: number, crcAt: number, sizeAt: number, entry: RawEntry): void {
  zip.writeUInt16LE(entry.method, methodAt);
  zip.writeUInt32LE(entry.crc >>> 0, crcAt);
  zip.writeUInt32LE(entry.uncompressedSize >>> 0, sizeAt);
}

/** Offsets of the central-directory headers, in order, found from the end-of-central-directory record. */
function centralHeaders(zip: Buffer): number[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== EOCD_SIG) end--;
  if (end < 0) throw new Error('no end-of-central-directory record');
  const count = zip.readUInt16LE(end + 10);
  const headers: number[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER_SIG) throw new Error(`no central header #${index}`);
    headers.push(at);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return headers;
}

/** A short-hand entry for `buildZip`: content, optionally deflated, optionally with a lying size. */
export interface TestZipEntry {
  name: string;
  data: Uint8Array | string;
  deflate?: boolean;
  /** Override the uncompressed size written to the local and central headers. */
  declaredSize?: number;
}

export function buildZip(entries: readonly TestZipEntry[]): Buffer {
  return writeZip(
    entries.map((entry) => {
      const raw = entryOf(entry.name, entry.data, entry.deflate ? 8 : 0);
      return { ...raw, uncompressedSize: entry.declaredSize ?? raw.uncompressedSize };
    }),
  );
}

/** Patch the declared uncompressed size of every central-directory entry (exceljs-written zips included). */
export function patchDeclaredSizes(zip: Uint8Array, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (const header of centralHeaders(copy)) copy.writeUInt32LE(size, header + 24);
  return copy;
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

/** An OLE/CFB header (what encrypted .xlsx and legacy .xls files start with), optionally naming EncryptionInfo. */
export function cfbBytes(encrypted: boolean): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const padding = Buffer.alloc(504);
  const stream = Buffer.from(encrypted ? 'EncryptionInfo' : 'Workbook', 'utf16le');
  return Buffer.concat([header, padding, stream, Buffer.alloc(64)]);
}
