/**
 * The one error the package reader and writer throw for a file they cannot take: `problem` keys the hosts'
 * message tables (CLI, page), which word it for the user.
 */
import type { InspectProblem } from './inspect';

export type PackageProblem = InspectProblem | 'sizeMismatch' | 'corrupt';

export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    readonly detail: Record<string, string | number> = {},
    readonly causeError?: unknown,
  ) {
    // For --debug and logs only: users get the hosts' own wording, keyed by `problem`.
    super(`${problem}${detail.reason ? ` (${detail.reason})` : ''}`);
    this.name = 'PackageError';
  }
}

/** A part that is not well-formed or lacks what a workbook must have: the file is damaged. */
export function corrupt(reason: string, cause?: unknown): PackageError {
  return new PackageError('corrupt', { reason }, cause);
}
