import type { FileProblem } from '../host/contract';

/** A file the workbook job cannot open, with the reason the page words for the user. */
export class WorkbookFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem);
    this.name = 'WorkbookFileError';
  }
}
