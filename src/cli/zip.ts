/**
 * A minimal zip writer on Node's native zlib. exceljs zips and unzips through JSZip, whose pure-JS
 * deflate/inflate (pako) and CRC were a third of `jixiao evaluate`'s time on a large workbook; the CLI
 * instead inflates the input itself (it does anyway, to check the declared sizes), hands exceljs a
 * stored (uncompressed) zip, and deflates exceljs's output parts natively.
 */
import * as zlib from 'node:zlib';

/** One file inside the zip; `data` is the uncompressed content. */
export interface ZipPart {
  name: string;
  data: Uint8Array;
}

export interface ZipOptions {
  /** zlib level 1–9; 0 stores the parts uncompressed (fastest to read back, for in-memory hand-offs). */
  level: number;
}

const LOCAL_HEADER_SIG = 0x04034b50;
const CENTRAL_HEADER_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
const VERSION_NEEDED = 20; // 2.0: deflate
const UTF8_NAME_FLAG = 0x0800;
/** 1980-01-01 00:00 in DOS time: fixed, so the same workbook always zips to the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const MAX_ZIP32 = 0xffffffff;

export function zipParts(parts: readonly ZipPart[], options: ZipOptions): Buffer {
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const stored = options.level <= 0 || part.data.length === 0;
    const body = stored ? part.data : zlib.deflateRawSync(part.data, { level: options.level });
    const crc = crc32(part.data);
    const flags = /[^\x20-\x7e]/.test(part.name) ? UTF8_NAME_FLAG : 0;
    const method = stored ? 0 : 8;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER_SIG, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER_SIG, 0);
    header.writeUInt16LE(VERSION_NEEDED, 4); // made by: MS-DOS, 2.0
    header.writeUInt16LE(VERSION_NEEDED, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(part.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);

    chunks.push(local, name, body);
    offset += local.length + name.length + body.length;
    // Workbooks are far below 4 GiB; refuse rather than write a zip no reader can open.
    if (offset > MAX_ZIP32 || parts.length > 0xffff) throw new RangeError('zip too large for a 32-bit zip');
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIG, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

// zlib.crc32 exists from Node 20.15 / 22.2; older Node 20 releases get the table version.
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;
let crcTable: Uint32Array | null = null;

export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let index = 0; index < data.length; index++) crc = crcTable[(crc ^ data[index]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
