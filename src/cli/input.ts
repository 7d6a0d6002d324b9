/**
 * Reading an input workbook in Node: the file checks (exists, is a file), the byte checks of
 * ../xlsx/inspect, and one more that only Node can do cheaply — inflate every entry with a hard output
 * cap equal to its declared size, so a zip that lies about its sizes cannot blow up exceljs.
 */
import { promises as fs } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import * as ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { entryDataOffset, inspectXlsxBytes, DEFAULT_LIMITS, type InspectLimits } from '../xlsx/inspect';
import { loadWorkbook } from '../xlsx/load';
import { CliError } from './errors';
import { zipParts, type ZipPart } from './zip';

/** Self-evaluation workbooks are well under 1 MB; a much larger file is refused before it is read. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export async function readInputFile(file: string): Promise<Buffer> {
  let stats;
  try {
    stats = await fs.stat(file);
  } catch (error) {
    throw fileError(error, file);
  }
  if (stats.isDirectory()) throw new CliError('notAFile', {}, file);
  if (stats.size > MAX_INPUT_BYTES)
    throw new CliError('fileTooLarge', { size: stats.size, limit: MAX_INPUT_BYTES }, file);
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw fileError(error, file);
  }
}

function fileError(error: unknown, file: string): CliError {
  const code = (error as NodeJS.ErrnoException)?.code ?? 'EIO';
  return code === 'ENOENT'
    ? new CliError('fileMissing', {}, file, error)
    : new CliError('unreadable', { code }, file, error);
}

/** Throws CliError when an entry inflates past what the central directory declares (or is damaged). */
export function verifyDeclaredSizes(bytes: Uint8Array, file: string, limits: InspectLimits = DEFAULT_LIMITS): void {
  inflateEntries(bytes, file, limits);
}

/**
 * Every entry's uncompressed content, each inflated with a hard output cap equal to its declared size
 * (CliError when one inflates past it or is damaged); null when ../xlsx/inspect refuses the bytes, which
 * loadWorkbook then reports with its own message.
 */
export function inflateEntries(
  bytes: Uint8Array,
  file: string,
  limits: InspectLimits = DEFAULT_LIMITS,
): ZipPart[] | null {
  const inspected = inspectXlsxBytes(bytes, limits);
  if (!inspected.ok) return null;
  const parts: ZipPart[] = [];
  for (const entry of inspected.entries) {
    const start = entryDataOffset(bytes, entry);
    if (start < 0) throw new CliError('truncated', {}, file);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize)
        throw new CliError('sizeMismatch', { entry: entry.name }, file);
      parts.push({ name: entry.name, data });
      continue;
    }
    if (entry.method !== 8) throw new CliError('corrupt', { reason: `zip method ${entry.method}` }, file);
    let inflated: Buffer;
    try {
      inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw new CliError('sizeMismatch', { entry: entry.name }, file, error);
      throw new CliError('corrupt', { reason: `${entry.name}: ${(error as Error).message}` }, file, error);
    }
    if (inflated.length > entry.uncompressedSize) throw new CliError('sizeMismatch', { entry: entry.name }, file);
    parts.push({ name: entry.name, data: inflated });
  }
  return parts;
}

/**
 * Bytes → exceljs Workbook with every check; errors are CliErrors naming the file. The checked, already
 * inflated entries go to exceljs as a stored zip, so JSZip does not inflate them a second time in JS.
 */
export async function loadInputWorkbook(bytes: Uint8Array, file: string): Promise<Workbook> {
  const parts = inflateEntries(bytes, file);
  return loadWorkbook(ExcelJS, parts ? zipParts(parts, { level: 0 }) : bytes);
}
