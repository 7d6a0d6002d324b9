/** The files a batch run evaluates: every .xlsx under the given files and folders, recursively. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../errors';

/** Excel's lock files (~$名称.xlsx) and our own outputs (名称.评估.xlsx) are never inputs. */
export function isBatchCandidate(file: string): boolean {
  const name = path.basename(file);
  return /\.xlsx$/i.test(name) && !name.startsWith('~$') && !/\.评估\.xlsx$/i.test(name);
}

/**
 * Files named explicitly are kept whatever their extension (the user asked for them; a bad one is
 * reported); folders contribute their .xlsx candidates. Sorted, without duplicates or `exclude`.
 */
export async function collectBatchFiles(inputs: readonly string[], exclude: readonly string[] = []): Promise<string[]> {
  const excluded = new Set(exclude.map((file) => path.resolve(file)));
  const found = new Map<string, string>();
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
    if (stats.isDirectory()) {
      for (const file of await walk(input)) if (isBatchCandidate(file)) add(file);
    } else {
      add(input);
    }
  }
  return [...found.values()].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

async function walk(directory: string): Promise<string[]> {
  const entries = await fs.readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}
