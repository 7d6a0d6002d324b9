/** One batch task — evaluate one file, return plain data — run in a worker thread or in-process. */
import type { JsonReport } from '../../engine/report';
import { toCliError } from '../errors';
import { evaluateBytes, resolveProfile } from '../evaluate-file';
import { readInputFile } from '../input';
import type { Locale, MessageId } from '../messages';

export interface BatchTask {
  id: number;
  file: string;
  profile: string;
  lang: Locale;
  debug: boolean;
}

export type BatchResult =
  | { id: number; file: string; ok: true; report: JsonReport; exitCode: number }
  | { id: number; file: string; ok: false; reasonId: MessageId; data: Record<string, string | number>; stack?: string };

export async function runBatchTask(task: BatchTask): Promise<BatchResult> {
  try {
    const bytes = await readInputFile(task.file);
    const evaluated = evaluateBytes(bytes, task.file, {
      profile: resolveProfile(task.profile),
      locale: task.lang,
    });
    return { id: task.id, file: task.file, ok: true, report: evaluated.report, exitCode: evaluated.exitCode };
  } catch (error) {
    const cliError = toCliError(error, task.file);
    const cause = cliError.causeError ?? cliError;
    return {
      id: task.id,
      file: task.file,
      ok: false,
      reasonId: cliError.reasonId,
      data: cliError.data,
      ...(task.debug && cause instanceof Error && cause.stack ? { stack: cause.stack } : {}),
    };
  }
}
