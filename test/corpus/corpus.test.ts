/**
 * Robustness corpus through the real CLI (`node bin/jixiao.js`, a subprocess): every hostile, broken or
 * extreme input ends in a clear finding (exit 0/1 with a report) or a clean exit 2 with ONE stderr line
 * naming the file — never a stack trace, a crash or a hang; the input is never modified; a refused file
 * leaves no output behind; zip bombs are refused in bounded time and memory.
 *
 * Builds lib/ first when it is missing or older than the sources (CI builds it in `npm ci`).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { ensureCliBuilt } from '../cli/helpers';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { runTimed, type RunResult } from '../../bench/measure';
import type { JsonReport } from '../../src/engine/report';
import { generateCorpus, sha256, type CorpusCase } from './generate';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'jixiao.js');

/** A stack frame line (`    at fn (file.js:1:2)`) or a Node error banner means an uncaught crash. */
const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(node:internal)/m;

let root: string;
let cases: CorpusCase[] = [];

beforeAll(async () => {
  ensureCliBuilt();
  root = mkdtempSync(path.join(os.tmpdir(), 'jixiao-corpus-'));
  cases = await generateCorpus(root);
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Outcome {
  run: RunResult;
  before: string;
  after: string;
  leftBehind: string[];
  report: JsonReport | null;
  outputFile: string;
}

async function evaluateCase(c: CorpusCase): Promise<Outcome> {
  const dir = path.dirname(c.file);
  const before = sha256(readFileSync(c.file));
  const jsonFile = path.join(dir, 'report.json');
  const run = await runTimed(process.execPath, [CLI, 'evaluate', c.file, '--json', jsonFile], {
    cwd: ROOT,
    timeoutMs: c.timeoutMs,
    sampleMs: 25,
  });
  const after = sha256(readFileSync(c.file));
  const leftBehind = readdirSync(dir).filter((name) => name !== path.basename(c.file));
  const report = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as JsonReport) : null;
  const outputFile = path.join(dir, `${path.parse(c.file).name}.评估.xlsx`);
  return { run, before, after, leftBehind, report, outputFile };
}

/** Scores in a report stay in [0, weight]; totals in [0, Σ weights]. */
function expectScoresBounded(report: JsonReport): void {
  for (const table of report.tables) {
    for (const indicator of table.indicators) {
      if (indicator.score === null) continue;
      expect(Number.isFinite(indicator.score)).toBe(true);
      expect(indicator.score).toBeGreaterThanOrEqual(0);
      expect(indicator.score).toBeLessThanOrEqual(indicator.weight ?? 0);
    }
    if (table.funds?.score != null) {
      expect(table.funds.score).toBeGreaterThanOrEqual(0);
      expect(table.funds.score).toBeLessThanOrEqual(table.funds.weight ?? 0);
    }
    if (table.total !== null) {
      expect(Number.isFinite(table.total)).toBe(true);
      expect(table.total).toBeGreaterThanOrEqual(0);
    }
  }
}

describe('robustness corpus through `jixiao batch`', () => {
  // Runs before the evaluate cases, which leave .评估.xlsx and report.json beside their inputs.
  test('one batch over the whole corpus: bounded, every refused file named once, nothing written beside the inputs', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'jixiao-corpus-batch-'));
    try {
      const before = new Map(cases.map((c) => [c.file, sha256(readFileSync(c.file))]));
      const listing = () => cases.map((c) => readdirSync(path.dirname(c.file)).sort().join(','));
      const filesBefore = listing();
      const run = await runTimed(
        process.execPath,
        [CLI, 'batch', root, '--summary', path.join(out, '汇总.xlsx'), '--json-dir', path.join(out, 'json')],
        { cwd: ROOT, timeoutMs: 120_000, sampleMs: 25 },
      );
      const context = `exit ${run.code}, stderr: ${run.stderr.slice(0, 600)}`;
      expect({ context, stackTrace: STACK_TRACE.test(run.stderr) }).toEqual({ context, stackTrace: false });
      // Some files cannot be evaluated: exit 2 says so (1 would hide them behind "findings").
      expect({ context, code: run.code }).toEqual({ context, code: 2 });
      expect(run.peakTreeRss).toBeLessThanOrEqual(1024 ** 3);
      const lines = run.stderr.split('\n').filter((line) => line.startsWith('jixiao:'));
      for (const c of cases) {
        const naming = lines.filter((line) => line.includes(path.basename(c.file)));
        expect({ file: c.name, refusedLines: naming.length }).toEqual({
          file: c.name,
          refusedLines: c.expect === 'rejected' ? 1 : 0,
        });
        if (c.expect === 'evaluated')
          expect(existsSync(path.join(out, 'json', `${path.parse(c.file).name}.json`))).toBe(true);
      }
      expect(existsSync(path.join(out, '汇总.xlsx'))).toBe(true);
      for (const c of cases) expect(sha256(readFileSync(c.file))).toBe(before.get(c.file));
      expect(listing()).toEqual(filesBefore);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 150_000);
});

describe('robustness corpus through `jixiao evaluate`', () => {
  // Cases are known only after generation, so one test per case is registered by name here and looked up.
  const names = [
    'control-clean',
    'random-bytes',
    'zero-bytes',
    'not-xlsx-zip',
    'truncated-head',
    'truncated-half',
    'truncated-90pct',
    'truncated-last-byte',
    'encrypted',
    'legacy-xls',
    'corrupt-workbook-xml',
    'zip-bomb-declared',
    'zip-bomb-lying',
    'formula-errors',
    'text-in-numbers',
    'huge-and-negative',
    'huge-percent-cell',
    'non-finite-numbers',
    'ten-thousand-rows',
    'sheets-255',
    'odd-sheet-names',
    'hidden-sheets',
    'no-tables',
  ];

  test('the generator makes exactly the cases this suite checks', () => {
    expect(cases.map((c) => c.name).sort()).toEqual([...names].sort());
  });

  test.each(names)(
    '%s',
    async (name) => {
      const c = cases.find((candidate) => candidate.name === name);
      if (!c) throw new Error(`corpus case ${name} was not generated`);
      const { run, before, after, leftBehind, report, outputFile } = await evaluateCase(c);
      const context = `${c.name} (${c.description}): exit ${run.code}, stderr: ${run.stderr.trim().slice(0, 400)}`;

      // Never a crash, never a stack trace, never a modified input.
      expect({ context, stackTrace: STACK_TRACE.test(run.stderr) }).toEqual({ context, stackTrace: false });
      expect([0, 1, 2]).toContain(run.code);
      expect(after).toBe(before);
      if (c.bounds) {
        const measured = { ms: Math.round(run.ms), peakRssMiB: Math.round(run.peakTreeRss / 1024 ** 2) };
        const within = run.ms <= c.bounds.maxMs && run.peakTreeRss <= c.bounds.maxRssBytes;
        expect({ context, measured, within }).toEqual({ context, measured, within: true });
      }

      if (c.expect === 'rejected') {
        expect({ context, code: run.code }).toEqual({ context, code: 2 });
        const lines = run.stderr.trim().split('\n');
        // One line, naming the file, so a batch log says which of hundreds of files failed.
        expect({ context, lines: lines.length }).toEqual({ context, lines: 1 });
        expect({ context, namesFile: lines[0].includes(path.basename(c.file)) }).toEqual({ context, namesFile: true });
        // No partial output (.评估.xlsx, report.json, .tmp files) left behind.
        expect({ context, leftBehind }).toEqual({ context, leftBehind: [] });
        return;
      }

      expect({ context, code: c.exitCode === undefined ? [0, 1].includes(run.code ?? -1) : run.code }).toEqual({
        context,
        code: c.exitCode ?? true,
      });
      expect(report).not.toBeNull();
      expect(report!.version).toBe(1);
      expect(leftBehind.sort()).toEqual([path.basename(outputFile), 'report.json'].sort());
      expectScoresBounded(report!);
      if (c.tables !== undefined)
        expect({ context, tables: report!.tables.length }).toEqual({ context, tables: c.tables });
      for (const expected of c.mustFind ?? []) {
        const at = report!.findings.filter((f) => f.sheet === expected.sheet && f.cell === expected.cell);
        expect({ context, finding: `${expected.sheet}!${expected.cell}`, found: at.length > 0 }).toEqual({
          context,
          finding: `${expected.sheet}!${expected.cell}`,
          found: true,
        });
      }
      if (c.sheetsKept) {
        const evaluated = new ExcelJS.Workbook();
        await evaluated.xlsx.readFile(outputFile);
        const states = evaluated.worksheets.map((w) => ({ name: w.name, state: w.state ?? 'visible' }));
        for (const kept of c.sheetsKept) expect(states).toContainEqual(kept);
        expect(states.map((s) => s.name)).toContain('自评报告');
      }
    },
    120_000,
  );

  // After the cases above, which left their evaluated workbooks and reports beside the inputs.
  test.each(['control-clean', 'formula-errors', 'odd-sheet-names'])(
    're-evaluating the evaluated workbook of %s finds the same and plans nothing new',
    async (name) => {
      const c = cases.find((candidate) => candidate.name === name)!;
      const first = JSON.parse(readFileSync(path.join(path.dirname(c.file), 'report.json'), 'utf8')) as JsonReport;
      const evaluated = path.join(path.dirname(c.file), `${path.parse(c.file).name}.评估.xlsx`);
      const again = path.join(root, `${name}-again`);
      const run = await runTimed(
        process.execPath,
        [CLI, 'evaluate', evaluated, '--out', path.join(again, 'again.xlsx'), '--json', path.join(again, 'again.json')],
        { cwd: ROOT, timeoutMs: 60_000 },
      );
      expect({ stderr: run.stderr.trim(), code: run.code }).toEqual({ stderr: '', code: first.summary.errors ? 1 : 0 });
      const second = JSON.parse(readFileSync(path.join(again, 'again.json'), 'utf8')) as JsonReport;
      // The filled cells now hold what the engine computes: the same tables, no new findings.
      expect(second.tables).toEqual(first.tables);
      const key = (f: JsonReport['findings'][number]) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
      expect(second.findings.map(key).sort()).toEqual(first.findings.map(key).sort());
    },
    120_000,
  );
});
