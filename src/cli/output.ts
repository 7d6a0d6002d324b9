/** Writing outputs safely: never onto the input, always atomically (temp file in the same folder + rename). */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { evaluatedFileName } from '../package/file-names';
import { CliError } from './errors';

/** True when both paths name the same file (same path, or the same inode through links/case). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [statA, statB] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    return false;
  }
}

export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const directory = path.dirname(path.resolve(file));
  const temp = path.join(directory, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(directory, { recursive: true });
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException)?.code ?? 'EIO';
    throw new CliError('cannotWrite', { file, code }, undefined, error);
  }
}

/** `<dir>/<name>.评估.xlsx` beside the input (`.xlsm` for a macro-enabled input: it keeps its macros). */
export function defaultOutputPath(input: string): string {
  return path.join(path.dirname(input), evaluatedFileName(path.basename(input)));
}
