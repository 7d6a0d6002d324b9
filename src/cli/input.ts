/**
 * Reading an input file in Node: exists, is a file, not implausibly large. The bytes go to src/package.
 * Synchronous calls inside the async API, as in ./output (fs.promises.readFile is slower in a short run).
 */
import * as fs from 'node:fs';
import { CliError } from './errors';

/** Self-evaluation workbooks are well under 1 MB; a much larger file is refused before it is read. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export async function readInputFile(file: string): Promise<Buffer> {
  let stats;
  try {
    stats = fs.statSync(file);
  } catch (error) {
    throw fileError(error, file);
  }
  if (stats.isDirectory()) throw new CliError('notAFile', {}, file);
  if (stats.size > MAX_INPUT_BYTES)
    throw new CliError('fileTooLarge', { size: stats.size, limit: MAX_INPUT_BYTES }, file);
  try {
    return fs.readFileSync(file);
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
