/**
 * Reading parts out of the zip: the central directory is checked first (./inspect: not a zip, encrypted,
 * zip bombs by declared size), then each part is inflated on demand into a buffer of its declared size, so
 * an entry that lies about its size cannot take more memory than the limits allow.
 */
import { inflateSync } from 'fflate';
import { PackageError, corrupt } from './errors';
import { DEFAULT_LIMITS, entryDataOffset, inspectXlsxBytes, type InspectLimits, type ZipEntry } from './inspect';

/**
 * Raw-deflate inflater: returns at most `limit + 1` bytes (one more than allowed tells a lying entry).
 * fflate by default; Node passes zlib's (./node), which is faster.
 */
export type InflateRaw = (data: Uint8Array, limit: number) => Uint8Array;

export const fflateInflate: InflateRaw = (data, limit) => inflateSync(data, { out: new Uint8Array(limit + 1) });

export interface Archive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** By exact part name. */
  byName: Map<string, ZipEntry>;
  inflate: InflateRaw;
}

export function openArchive(
  bytes: Uint8Array,
  options: { limits?: InspectLimits; inflate?: InflateRaw } = {},
): Archive {
  const inspected = inspectXlsxBytes(bytes, options.limits ?? DEFAULT_LIMITS);
  if (!inspected.ok) throw new PackageError(inspected.problem, inspected.detail);
  const byName = new Map(inspected.entries.map((entry) => [entry.name, entry]));
  return { bytes, entries: inspected.entries, byName, inflate: options.inflate ?? fflateInflate };
}

/** The compressed bytes of an entry as stored (for byte-for-byte copies). */
export function rawEntryData(archive: Archive, entry: ZipEntry): Uint8Array {
  const start = entryDataOffset(archive.bytes, entry);
  if (start < 0) throw new PackageError('truncated');
  return archive.bytes.subarray(start, start + entry.compressedSize);
}

export function readEntry(archive: Archive, entry: ZipEntry): Uint8Array {
  const data = rawEntryData(archive, entry);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new PackageError('sizeMismatch', { entry: entry.name });
    return data;
  }
  if (entry.method !== 8) throw corrupt(`zip method ${entry.method}`);
  let inflated: Uint8Array;
  try {
    inflated = archive.inflate(data, entry.uncompressedSize);
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw corrupt(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  if (inflated.length > entry.uncompressedSize) throw new PackageError('sizeMismatch', { entry: entry.name });
  return inflated;
}
