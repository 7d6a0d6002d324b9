/**
 * A minimal zip writer that runs in Node and the browser. A part we did not change is copied as it was
 * stored (its compressed bytes, CRC and sizes from the original central directory), so it stays byte for
 * byte the same; a changed or new part is deflated (fflate by default, Node's zlib through ./node).
 */
import { deflateSync } from 'fflate';

/** A part to write: either new content, or the stored bytes of an original entry. */
export type ZipPart =
  | { name: string; data: Uint8Array }
  | { name: string; raw: { method: number; data: Uint8Array; crc: number; uncompressedSize: number } };

export type DeflateRaw = (data: Uint8Array, level: number) => Uint8Array;
export type Crc32 = (data: Uint8Array) => number;

export const fflateDeflate: DeflateRaw = (data, level) =>
  deflateSync(data, { level: Math.min(9, Math.max(0, level)) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 });

export interface ZipOptions {
  /** Deflate level 1–9; 0 stores new parts uncompressed. */
  level: number;
  deflate?: DeflateRaw;
  /** CRC-32 of a new part; the table-driven one below by default (Node passes zlib's native one). */
  crc32?: Crc32;
}

/**
 * zlib's fastest level. What we deflate is our own markup (generated sheets, patched sheets), which
 * compresses well at any level: on the 200-sheet bench the evaluated copy is 680 KB instead of level 6's
 * 640 KB, and deflating it takes 3 ms instead of 8 ms of a CLI run.
 */
export const DEFAULT_DEFLATE_LEVEL = 1;

const LOCAL_HEADER_SIG = 0x04034b50;
const CENTRAL_HEADER_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
const VERSION_NEEDED = 20; // 2.0: deflate
const UTF8_NAME_FLAG = 0x0800;
/** 1980-01-01 00:00 in DOS time: fixed, so the same content always zips to the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const MAX_ZIP32 = 0xffffffff;

const encoder = new TextEncoder();

interface Prepared {
  name: Uint8Array;
  flags: number;
  method: number;
  body: Uint8Array;
  crc: number;
  size: number;
}

function prepare(part: ZipPart, options: ZipOptions): Prepared {
  const name = encoder.encode(part.name);
  const flags = /[^\x20-\x7e]/.test(part.name) ? UTF8_NAME_FLAG : 0;
  if ('raw' in part) {
    const { method, data, crc, uncompressedSize } = part.raw;
    return { name, flags, method, body: data, crc, size: uncompressedSize };
  }
  const stored = options.level <= 0 || part.data.length === 0;
  const body = stored ? part.data : (options.deflate ?? fflateDeflate)(part.data, options.level);
  return {
    name,
    flags,
    method: stored ? 0 : 8,
    body,
    crc: (options.crc32 ?? crc32)(part.data),
    size: part.data.length,
  };
}

export function zipParts(parts: readonly ZipPart[], options: ZipOptions): Uint8Array {
  if (parts.length > 0xffff) throw new RangeError('too many parts for a 32-bit zip');
  const prepared = parts.map((part) => prepare(part, options));
  let localSize = 0;
  let centralSize = 0;
  for (const p of prepared) {
    localSize += 30 + p.name.length + p.body.length;
    centralSize += 46 + p.name.length;
  }
  // Workbooks are far below 4 GiB; refuse rather than write a zip no reader can open.
  if (localSize > MAX_ZIP32) throw new RangeError('zip too large for a 32-bit zip');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let central = localSize;
  for (const p of prepared) {
    const offset = at;
    view.setUint32(at, LOCAL_HEADER_SIG, true);
    view.setUint16(at + 4, VERSION_NEEDED, true);
    view.setUint16(at + 6, p.flags, true);
    view.setUint16(at + 8, p.method, true);
    view.setUint16(at + 10, DOS_TIME, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, p.crc, true);
    view.setUint32(at + 18, p.body.length, true);
    view.setUint32(at + 22, p.size, true);
    view.setUint16(at + 26, p.name.length, true);
    out.set(p.name, at + 30);
    out.set(p.body, at + 30 + p.name.length);
    at += 30 + p.name.length + p.body.length;

    view.setUint32(central, CENTRAL_HEADER_SIG, true);
    view.setUint16(central + 4, VERSION_NEEDED, true); // made by: MS-DOS, 2.0
    // Version needed, flags, method, time, date, CRC, sizes, name and extra lengths: the local header's 4–29.
    out.copyWithin(central + 6, offset + 4, offset + 30);
    view.setUint32(central + 42, offset, true);
    out.set(p.name, central + 46);
    central += 46 + p.name.length;
  }
  view.setUint32(central, EOCD_SIG, true);
  view.setUint16(central + 8, prepared.length, true);
  view.setUint16(central + 10, prepared.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}

let crcTable: Int32Array | null = null;

function table(): Int32Array {
  if (crcTable) return crcTable;
  crcTable = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c;
  }
  return crcTable;
}

/** Standard CRC-32 (zip, PNG). */
export function crc32(data: Uint8Array): number {
  const t = table();
  let crc = -1;
  for (let index = 0; index < data.length; index++) crc = t[(crc ^ data[index]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
