/**
 * Writing outputs safely: never onto the input, always atomically (temp file in the same folder + rename).
 * Synchronous calls inside the async API: a CLI run does nothing else meanwhile, and fs.promises' JavaScript
 * (chunked reads and writes) cost several ms more per file in a short, cold process.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluatedFileName } from '../package/file-names';
import { CliError } from './errors';

/** True when both paths name the same file (same path, or the same inode through links/case). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const statA = fs.statSync(a);
    const statB = fs.statSync(b);
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    return false;
  }
}

export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const directory = path.dirname(path.resolve(file));
  const temp = path.join(directory, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (error) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing more to do: the write itself failed and is reported.
    }
    const code = (error as NodeJS.ErrnoException)?.code ?? 'EIO';
    throw new CliError('cannotWrite', { file, code }, undefined, error);
  }
}

/** `<dir>/<name>.评估.xlsx` beside the input (`.xlsm` for a macro-enabled input: it keeps its macros). */
export function defaultOutputPath(input: string): string {
  return path.join(path.dirname(input), evaluatedFileName(path.basename(input)));
}
