/**
 * `jixiao batch <files or folders…> --summary <汇总.xlsx> [--json-dir <dir>]`: evaluate every workbook on
 * a pool of worker threads; a file that cannot be evaluated is reported and skipped. Inputs are only read.
 * Exit code: the worst over files (2 if any could not be evaluated, else 1 if any has an error finding).
 */
import * as path from 'node:path';
import type { BatchOptions } from '../args';
import { CliError, EXIT_CANNOT_EVALUATE, EXIT_OK, renderCliError } from '../errors';
import { resolveProfile } from '../evaluate-file';
import type { CliIo } from '../io';
import { message } from '../messages';
import { writeFileAtomic } from '../output';
import { collectBatchInputs } from '../batch/collect';
import { defaultPoolSize, runPool } from '../batch/pool';
import { summaryWorkbookBytes } from '../batch/summary-workbook';
import type { BatchResult, BatchTask } from '../batch/task';

export async function runBatch(options: BatchOptions, io: CliIo): Promise<number> {
  resolveProfile(options.profile); // bad profile → exit 2 before any work
  const { files, skipped } = await collectBatchInputs(options.inputs, [options.summary]);
  // Skipped spreadsheets are said, with what to do, and counted (never left out silently).
  for (const skip of skipped) io.stdout(`${message('batchSkipped', options.lang, { ...skip })}\n`);
  if (files.length === 0) throw new CliError('batchNoFiles');

  const tasks: BatchTask[] = files.map((file, id) => ({
    id,
    file,
    profile: options.profile,
    lang: options.lang,
    debug: options.debug,
  }));
  const progress = io.stderrIsTTY ? new ProgressBar(io, files.length, options.lang) : null;
  const results = await runPool(tasks, options.jobs ?? defaultPoolSize(), (result) => {
    progress?.clear();
    if (!result.ok) {
      io.stderr(`${renderCliError(new CliError(result.reasonId, result.data, result.file))}\n`);
      if (result.stack) io.stderr(`${result.stack}\n`);
    }
    progress?.tick();
  });
  progress?.clear();

  await writeFileAtomic(options.summary, summaryWorkbookBytes(results, options.lang, skipped));
  if (options.jsonDir) await writeJsonReports(results, options.jsonDir);

  const failed = results.filter((result) => !result.ok).length;
  io.stdout(
    `${message('batchDone', options.lang, {
      total: files.length + skipped.length,
      evaluated: files.length - failed,
      failed,
      skipped: skipped.length,
      summary: options.summary,
    })}\n`,
  );
  return results.reduce(
    (worst, result) => Math.max(worst, result.ok ? result.exitCode : EXIT_CANNOT_EVALUATE),
    EXIT_OK,
  );
}

async function writeJsonReports(results: readonly BatchResult[], directory: string): Promise<void> {
  const used = new Set<string>();
  for (const result of results) {
    if (!result.ok) continue;
    const base = path.parse(result.file).name;
    let name = `${base}.json`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}.json`;
    used.add(name.toLowerCase());
    await writeFileAtomic(path.join(directory, name), `${JSON.stringify(result.report, null, 2)}\n`);
  }
}

/** `评估中 3/10 [######    ]` redrawn in place on a terminal's stderr. */
class ProgressBar {
  private done = 0;
  private drawn = false;
  constructor(
    private readonly io: CliIo,
    private readonly total: number,
    private readonly lang: 'zh' | 'en',
  ) {}

  tick(): void {
    this.done += 1;
    const width = 24;
    const filled = Math.round((this.done / this.total) * width);
    const label = message('batchProgress', this.lang, { done: this.done, total: this.total });
    this.io.stderr(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}]`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.io.stderr('\r\x1b[2K');
    this.drawn = false;
  }
}
