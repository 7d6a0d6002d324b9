/**
 * The files a batch run evaluates: every .xlsx / .xlsm under the given files and folders, recursively
 * (symlinked files included). Spreadsheets in a format we cannot read (.xls, .et, .csv, …) are listed as
 * skipped, with what to do, instead of being left out silently.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isEvaluatedFileName, isWorkbookFileName } from '../../package/file-names';
import { CliError } from '../errors';

/** Spreadsheet formats found in office folders that must be saved as .xlsx first. */
const SAVE_AS_XLSX = /\.(xls|et|ett|csv|xlsb|ods|wps)$/i;

export interface SkippedFile {
  file: string;
  /** The extension, e.g. '.xls': the message says to save it as .xlsx. */
  extension: string;
}

export interface BatchInputs {
  files: string[];
  skipped: SkippedFile[];
}

/** Excel's lock files (~$名称.xlsx) and our own outputs (名称.评估.xlsx) are never inputs. */
export function isBatchCandidate(file: string): boolean {
  const name = path.basename(file);
  return isWorkbookFileName(name) && !name.startsWith('~$') && !isEvaluatedFileName(name);
}

/**
 * Files named explicitly are kept whatever their extension (the user asked for them; a bad one is
 * reported); folders contribute their candidates and their skipped spreadsheets. Sorted, without
 * duplicates or `exclude`.
 */
export async function collectBatchInputs(
  inputs: readonly string[],
  exclude: readonly string[] = [],
): Promise<BatchInputs> {
  const excluded = new Set(exclude.map((file) => path.resolve(file)));
  const found = new Map<string, string>();
  const skipped = new Map<string, SkippedFile>();
  const add = (file: string) => {
    const resolved = path.resolve(file);
    if (!excluded.has(resolved) && !found.has(resolved)) found.set(resolved, file);
  };
  for (const input of inputs) {
    let stats;
    try {
      stats = await fs.stat(input);
    } catch {
      throw new CliError('fileMissing', {}, input);
    }
    if (!stats.isDirectory()) {
      add(input);
      continue;
    }
    for (const file of await walk(input)) {
      const name = path.basename(file);
      if (isBatchCandidate(file)) add(file);
      else if (SAVE_AS_XLSX.test(name) && !name.startsWith('~$'))
        skipped.set(path.resolve(file), { file, extension: path.extname(name).toLowerCase() });
    }
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
  return {
    files: [...found.values()].sort(byName),
    skipped: [...skipped.values()].sort((a, b) => byName(a.file, b.file)),
  };
}

export async function collectBatchFiles(inputs: readonly string[], exclude: readonly string[] = []): Promise<string[]> {
  return (await collectBatchInputs(inputs, exclude)).files;
}

async function walk(directory: string): Promise<string[]> {
  const entries = await fs.readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
    else if (entry.isSymbolicLink()) {
      // A link to a file counts as that file; a link to a folder is not followed (no loops).
      const target = await fs.stat(full).catch(() => null);
      if (target?.isFile()) files.push(full);
    }
  }
  return files;
}
