/**
 * Look at a file's bytes before anything is inflated: is it an .xlsx at all, an encrypted
 * (OLE/CFB) workbook, a truncated zip, or a zip bomb? Reads only the zip central directory — the sizes
 * each entry declares — so it is cheap and runs the same in Node and in the browser.
 */

export type InspectProblem =
  | 'empty' // 0 bytes
  | 'encrypted' // password-protected workbook (OLE/CFB container with EncryptionInfo)
  | 'legacyXls' // Excel 97–2003 .xls (OLE/CFB without encryption streams)
  | 'notZip' // anything else: text, pdf, …
  | 'truncated' // zip whose end-of-central-directory or directory entries are cut off
  | 'notXlsx' // a zip, but no xl/workbook.xml (.docx, .xlsb, a plain archive)
  | 'zipEncrypted' // zip-level encryption on an entry
  | 'tooLarge'; // declared uncompressed sizes above the limits (zip bomb)

export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflate
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
  /** CRC-32 of the uncompressed content, as the central directory states it. */
  crc: number;
}

export interface InspectLimits {
  /** Sum of declared uncompressed sizes. */
  maxTotalUncompressed: number;
  /** Declared uncompressed size of one entry. */
  maxEntryUncompressed: number;
  maxEntries: number;
}

/** Self-evaluation workbooks are a few hundred KB; these limits leave room for large real ones. */
export const DEFAULT_LIMITS: InspectLimits = {
  maxTotalUncompressed: 256 * 1024 * 1024,
  maxEntryUncompressed: 128 * 1024 * 1024,
  maxEntries: 10_000,
};

export type InspectResult =
  | { ok: true; entries: ZipEntry[]; totalUncompressed: number }
  | { ok: false; problem: InspectProblem; detail?: Record<string, string | number> };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LOCAL_HEADER_SIG = 0x04034b50;
const CENTRAL_HEADER_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function inspectXlsxBytes(bytes: Uint8Array, limits: InspectLimits = DEFAULT_LIMITS): InspectResult {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (startsWith(bytes, CFB_MAGIC)) {
    const encrypted = containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage');
    return { ok: false, problem: encrypted ? 'encrypted' : 'legacyXls' };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint32(0, true) !== LOCAL_HEADER_SIG) {
    // An empty zip starts with the EOCD itself; it holds no workbook either way.
    return { ok: false, problem: bytes.length >= 4 && view.getUint32(0, true) === EOCD_SIG ? 'notXlsx' : 'notZip' };
  }

  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { ok: false, problem: 'truncated' };
  let entryCount = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIG) return { ok: false, problem: 'truncated' };
    const zip64Eocd = safeNumber(view.getBigUint64(locator + 8, true));
    if (zip64Eocd + 56 > bytes.length || view.getUint32(zip64Eocd, true) !== ZIP64_EOCD_SIG) {
      return { ok: false, problem: 'truncated' };
    }
    entryCount = safeNumber(view.getBigUint64(zip64Eocd + 32, true));
    directorySize = safeNumber(view.getBigUint64(zip64Eocd + 40, true));
    directoryOffset = safeNumber(view.getBigUint64(zip64Eocd + 48, true));
  }
  if (entryCount > limits.maxEntries) {
    return { ok: false, problem: 'tooLarge', detail: { entries: entryCount, limit: limits.maxEntries } };
  }
  if (directoryOffset + directorySize > bytes.length) return { ok: false, problem: 'truncated' };

  const entries: ZipEntry[] = [];
  let totalUncompressed = 0;
  let position = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    if (position + 46 > bytes.length || view.getUint32(position, true) !== CENTRAL_HEADER_SIG) {
      return { ok: false, problem: 'truncated' };
    }
    const flags = view.getUint16(position + 8, true);
    const method = view.getUint16(position + 10, true);
    const crc = view.getUint32(position + 16, true);
    let compressedSize = view.getUint32(position + 20, true);
    let uncompressedSize = view.getUint32(position + 24, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    let localHeaderOffset = view.getUint32(position + 42, true);
    const nameStart = position + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) return { ok: false, problem: 'truncated' };
    const name = decodeName(bytes.subarray(nameStart, extraStart), (flags & 0x0800) !== 0);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const zip64 = readZip64Extra(view, extraStart, extraLength, {
        uncompressed: uncompressedSize === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localHeaderOffset === 0xffffffff,
      });
      if (!zip64) return { ok: false, problem: 'truncated' };
      uncompressedSize = zip64.uncompressed ?? uncompressedSize;
      compressedSize = zip64.compressed ?? compressedSize;
      localHeaderOffset = zip64.offset ?? localHeaderOffset;
    }
    if (uncompressedSize > limits.maxEntryUncompressed) {
      return {
        ok: false,
        problem: 'tooLarge',
        detail: { entry: name, size: uncompressedSize, limit: limits.maxEntryUncompressed },
      };
    }
    totalUncompressed += uncompressedSize;
    if (totalUncompressed > limits.maxTotalUncompressed) {
      return {
        ok: false,
        problem: 'tooLarge',
        detail: { size: totalUncompressed, limit: limits.maxTotalUncompressed },
      };
    }
    if (localHeaderOffset + 30 > bytes.length) return { ok: false, problem: 'truncated' };
    entries.push({
      name,
      method,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      encrypted: (flags & 1) !== 0,
      crc,
    });
    position = next;
  }

  if (entries.some((entry) => entry.encrypted)) return { ok: false, problem: 'zipEncrypted' };
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  if (!names.has('[content_types].xml') || !names.has('xl/workbook.xml')) return { ok: false, problem: 'notXlsx' };
  return { ok: true, entries, totalUncompressed };
}

/** Where an entry's compressed data starts (after its local header), or -1 when the header is broken. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER_SIG) return -1;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return start + entry.compressedSize > bytes.length ? -1 : start;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_MIN_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (
      view.getUint32(at, true) === EOCD_SIG &&
      at + EOCD_MIN_SIZE + view.getUint16(at + 20, true) <= view.byteLength
    ) {
      return at;
    }
  }
  return -1;
}

function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } | null {
  let at = start;
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const end = field + size;
      const result: { uncompressed?: number; compressed?: number; offset?: number } = {};
      // Fields appear only for the header values that overflowed, in this order.
      for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
        if (!wanted[key]) continue;
        if (field + 8 > end) return null;
        result[key] = safeNumber(view.getBigUint64(field, true));
        field += 8;
      }
      return result;
    }
    at += 4 + size;
  }
  return null;
}

function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index++) pattern[index * 2] = text.charCodeAt(index);
  outer: for (let at = 0; at + pattern.length <= bytes.length; at++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

function decodeName(raw: Uint8Array, utf8: boolean): string {
  if (utf8 || raw.every((byte) => byte < 0x80)) return new TextDecoder('utf-8').decode(raw);
  // CP437 names do not occur in workbooks; a lossy latin-1 view is enough to compare part names.
  return Array.from(raw, (byte) => String.fromCharCode(byte)).join('');
}
