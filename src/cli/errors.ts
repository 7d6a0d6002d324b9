/**
 * The CLI's one error type: a message id from ./messages plus data, rendered as ONE bilingual line on
 * stderr. Anything else that escapes is an internal error (stack only with --debug).
 */
import { MissingSheetError, PackageError } from '../package';
import { message, type MessageId } from './messages';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_EVALUATE = 2;

const ARGUMENT_REASONS: ReadonlySet<MessageId> = new Set<MessageId>([
  'unknownCommand',
  'missingInput',
  'tooManyInputs',
  'missingSummary',
  'missingBatchInputs',
  'unknownProfile',
  'unknownLang',
  'parseError',
  'outIsInput',
  'outNotXlsx',
  'outMacroExtension',
  'outputsCollide',
]);

export class CliError extends Error {
  constructor(
    /** Why (a reason message id); rendered inside `cannotEvaluate` when `file` is set, `badArguments` when not. */
    readonly reasonId: MessageId,
    readonly data: Record<string, string | number> = {},
    readonly file?: string,
    readonly causeError?: unknown,
  ) {
    super(message(reasonId, 'en', data));
    this.name = 'CliError';
  }

  withFile(file: string): CliError {
    return new CliError(this.reasonId, this.data, file, this.causeError ?? this);
  }
}

export function badArguments(reasonId: MessageId, data: Record<string, string | number> = {}): CliError {
  return new CliError(reasonId, data);
}

/** Map adapter errors (bad bytes) to CLI errors naming the file. */
export function toCliError(error: unknown, file?: string): CliError {
  if (error instanceof CliError) return file && !error.file ? error.withFile(file) : error;
  if (error instanceof PackageError) {
    const reasonId: MessageId =
      error.problem === 'tooLarge' && 'entries' in error.detail ? 'tooLargeEntries' : error.problem;
    const data: Record<string, string | number> = { ...error.detail };
    if (reasonId === 'corrupt') data.reason = shortReason(String(error.detail.reason ?? ''));
    return new CliError(reasonId, data, file, error.causeError ?? error);
  }
  if (error instanceof MissingSheetError) return new CliError('corrupt', { reason: error.message }, file, error);
  const reason = error instanceof Error ? error.message : String(error);
  return new CliError('internalError', { reason: shortReason(reason) }, file, error);
}

/** The one stderr line. */
export function renderCliError(error: CliError): string {
  const line = (locale: 'zh' | 'en'): string => {
    const reason = message(error.reasonId, locale, error.data);
    if (error.file) return message('cannotEvaluate', locale, { file: error.file, reason });
    if (ARGUMENT_REASONS.has(error.reasonId)) return message('badArguments', locale, { reason });
    return reason;
  };
  return `jixiao: ${line('zh')} / ${line('en')}`;
}

function shortReason(text: string): string {
  const firstLine = text.split('\n')[0].trim();
  return firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine;
}
