/**
 * Writing outputs safely: never onto the input, always atomically (temp file in the same folder + rename).
 * Synchronous calls inside the async API: a CLI run does nothing else meanwhile, and fs.promises' JavaScript
 * (chunked reads and writes) cost several ms more per file in a short, cold process. The exception is a
 * write started before other work (startAtomicWrite): one fs.writeFile on the thread pool, overlapped.
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
  const temp = tempPathOf(file);
  try {
    fs.mkdirSync(path.dirname(temp), { recursive: true });
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (error) {
    throw cannotWrite(file, temp, error);
  }
}

/** An atomic write under way: its temp file is being written; nothing is at `file` yet. */
export interface PendingWrite {
  /** Waits for the temp file, then renames it into place (or removes it and throws cannotWrite). */
  commit(): Promise<void>;
  /** Waits for the temp file and removes it: `file` is left as it was. */
  abandon(): Promise<void>;
}

/**
 * Starts an atomic write whose temp file libuv's thread pool writes while the caller goes on computing
 * (`jixiao evaluate` builds the workbook meanwhile): the 3 MB JSON report's write then costs no wall time.
 * The file is opened synchronously so that the write itself is queued at once: an fs.open callback would
 * wait for the busy main thread.
 */
export function startAtomicWrite(file: string, data: Uint8Array | string): PendingWrite {
  const temp = tempPathOf(file);
  const written = new Promise<void>((resolve, reject) => {
    let fd: number;
    try {
      fs.mkdirSync(path.dirname(temp), { recursive: true });
      fd = fs.openSync(temp, 'w');
    } catch (error) {
      reject(error);
      return;
    }
    writeAll(fd, typeof data === 'string' ? Buffer.from(data) : data, (writeError) => {
      let error = writeError;
      try {
        fs.closeSync(fd);
      } catch (closeError) {
        error ??= closeError as Error;
      }
      if (error) reject(error);
      else resolve();
    });
  });
  // Settled by commit or abandon; until then a failure is not an unhandled rejection.
  written.catch(() => undefined);
  return {
    async commit() {
      try {
        await written;
        fs.renameSync(temp, file);
      } catch (error) {
        throw cannotWrite(file, temp, error);
      }
    },
    async abandon() {
      await written.catch(() => undefined);
      removeQuietly(temp);
    },
  };
}

/** fs.write until all of `bytes` is written (a regular file takes it in one call). */
function writeAll(fd: number, bytes: Uint8Array, done: (error: Error | null) => void): void {
  fs.write(fd, bytes, (error, count) => {
    if (error) done(error);
    else if (count < bytes.length) writeAll(fd, bytes.subarray(count), done);
    else done(null);
  });
}

/** A temp file beside `file` (same folder: the rename stays on one file system). */
function tempPathOf(file: string): string {
  const directory = path.dirname(path.resolve(file));
  return path.join(directory, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
}

function removeQuietly(temp: string): void {
  try {
    fs.rmSync(temp, { force: true });
  } catch {
    // Nothing more to do: the write itself failed and is reported.
  }
}

/** Removes the temp file of a failed write; the error names the file the user asked for. */
function cannotWrite(file: string, temp: string, error: unknown): CliError {
  removeQuietly(temp);
  const code = (error as NodeJS.ErrnoException)?.code ?? 'EIO';
  return new CliError('cannotWrite', { file, code }, undefined, error);
}

/** `<dir>/<name>.评估.xlsx` beside the input (`.xlsm` for a macro-enabled input: it keeps its macros). */
export function defaultOutputPath(input: string): string {
  return path.join(path.dirname(input), evaluatedFileName(path.basename(input)));
}
