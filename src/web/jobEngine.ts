/**
 * The engine side of the workbook job (evaluate, the session, the views' text), loaded as its own chunk: the
 * worker file itself holds only the file I/O glue, so what the page loads for reading and writing workbooks
 * (the worker file + src/package) is measured on its own (test/e2e/build.test.ts, bench).
 */
export { evaluateWorkbook } from '../engine/evaluate';
export { EvaluationSession, writtenSummary } from '../host/session';
