/**
 * `npm run bench` — performance figures of the engine, the CLI, the add-in host and the task-pane bundle.
 * A script, not a timed test: prints a table of medians and the machine it ran on; `--write` also writes
 * docs/benchmarks.md. Generated workbooks go to a temp dir that is removed at the end.
 *
 *   npx tsx bench/run.ts [--write] [--quick] [--no-build] [--runs N] [--only engine,growth,cli,batch,addin,bundle]
 *
 * --quick shrinks every workload (smoke test of the harness); --no-build reuses lib/ and dist/ as they are.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as ExcelJS from 'exceljs';
import { workbookFromSnapshot } from '../test/support/exceljs/write';
import { benchWorkbook, cellCount, projectSheet, projectWorkbook, smallWorkbook } from './generate';
import { workbook as workbookOf } from '../test/fixtures/grid';
import { BASELINE_REF, compareWithBaseline } from './baseline';
import { describeMachine, formatBytes, median, runNodeMeasured, runTimed, timeIt, type Machine } from './measure';
import type { WorkbookSnapshot } from '../src/engine/snapshot';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'bin', 'jixiao.js');

interface Options {
  write: boolean;
  quick: boolean;
  build: boolean;
  runs: number;
  only: Set<string>;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const sections = ['engine', 'growth', 'cli', 'batch', 'addin', 'bundle'];
  return {
    write: argv.includes('--write'),
    quick: argv.includes('--quick'),
    build: !argv.includes('--no-build'),
    runs: Number(value('--runs') ?? 0) || (argv.includes('--quick') ? 2 : 5),
    only: new Set(value('--only')?.split(',') ?? sections),
  };
}

/** One line of the results table. */
interface Result {
  section: string;
  measure: string;
  value: string;
  target?: string;
  /** undefined when there is no target. */
  meetsTarget?: boolean;
  detail: string;
}

const results: Result[] = [];
/** Median wall times of the CLI run and of the bare load, for the notes of the in-process breakdown. */
let cliWall: { cli: number; bare: number } | null = null;
const notes: string[] = [];

function record(result: Result): void {
  results.push(result);
  const verdict = result.meetsTarget === undefined ? '' : result.meetsTarget ? '  ✓' : '  ✗ over target';
  console.log(`  ${result.measure}: ${result.value}${result.target ? ` (target ${result.target})` : ''}${verdict}`);
  if (result.detail) console.log(`    ${result.detail}`);
}

function skipped(section: string, measure: string, error: unknown): void {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  record({ section, measure, value: 'not measured', detail: reason });
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

// -------------------------------------------------------------------------------------------------
// Builds

let libBuilt = false;

function buildLib(options: Options): void {
  if (libBuilt || (!options.build && existsSync(path.join(ROOT, 'lib')))) return;
  libBuilt = true;
  console.log('• building lib/ (tsc -p tsconfig.node.json, scripts/bundle-cli.js)…');
  // tsc emits even when some module has a type error; the CLI is usable as long as it was emitted.
  const result = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.node.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    notes.push('`tsc -p tsconfig.node.json` reported type errors during this run (lib/ was still emitted).');
    console.log(`  (tsc reported errors: ${(result.stdout || '').split('\n')[0]})`);
  }
  if (!existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))) throw new Error('lib/cli/main.js was not built');
  // The one-file CLI that bin/jixiao.js runs, as `npm run prepare` builds it.
  const bundle = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle-cli.js')], { encoding: 'utf8' });
  if (bundle.status !== 0) throw new Error(`scripts/bundle-cli.js failed: ${bundle.stderr}`);
}

/** Webpack's stats of the last build (what each chunk holds), written beside the test artifacts. */
const STATS_FILE = path.join(ROOT, 'test-artifacts', 'bundle-stats.json');

function buildDist(options: Options): void {
  if (!options.build && existsSync(path.join(ROOT, 'dist', 'taskpane.html')) && existsSync(STATS_FILE)) return;
  console.log('• building dist/ (webpack --mode production, with stats)…');
  mkdirSync(path.dirname(STATS_FILE), { recursive: true });
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', `--json=${STATS_FILE}`],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

// -------------------------------------------------------------------------------------------------
// Workbooks on disk

async function writeXlsx(snapshot: WorkbookSnapshot, file: string): Promise<void> {
  await workbookFromSnapshot(ExcelJS, snapshot).xlsx.writeFile(file);
}

// -------------------------------------------------------------------------------------------------
// 1. engine only

async function benchEngine(options: Options, snapshot: WorkbookSnapshot, label: string): Promise<void> {
  console.log(`\n1. engine only — ${label}`);
  try {
    const { evaluateWorkbook } = await import('../src/engine/evaluate');
    const warm = evaluateWorkbook(snapshot, {});
    const times: number[] = [];
    for (let run = 0; run < options.runs; run++) times.push(await timeIt(() => evaluateWorkbook(snapshot, {})));
    const seconds = median(times) / 1000;
    const sheets = snapshot.sheets.length;
    const found = warm.tables.length;
    record({
      section: 'engine',
      measure: `evaluateWorkbook, ${label}`,
      value: `${(found / seconds).toFixed(0)} tables/s`,
      detail:
        `median ${ms(median(times))} per workbook over ${options.runs} runs (min ${ms(Math.min(...times))}); ` +
        `${found} of ${sheets} tables found, ${warm.findings.length} findings, ${cellCount(snapshot)} cells`,
    });
    if (found !== sheets)
      notes.push(`The engine found ${found} tables on ${sheets} generated project sheets (expected ${sheets}).`);
  } catch (error) {
    skipped('engine', `evaluateWorkbook, ${label}`, error);
  }
  benchBaseline(options, snapshot, label);
}

/** Issue 12: the engine no slower than 0.1.0's on the same workbook, measured side by side. */
function benchBaseline(options: Options, snapshot: WorkbookSnapshot, label: string): void {
  const measure = `evaluateWorkbook vs 0.1.0 (${BASELINE_REF}), ${label}`;
  try {
    const rounds = options.quick ? 1 : 3;
    const result = compareWithBaseline(ROOT, snapshot, rounds, options.runs);
    const now = median(result.now);
    const before = median(result.before);
    record({
      section: 'engine',
      measure,
      value: `${ms(now)} vs ${ms(before)} (${(now / before).toFixed(2)}×)`,
      target: '≤ 1× (no slower than 0.1.0)',
      meetsTarget: now <= before,
      detail:
        `${rounds} alternating rounds of ${options.runs} timed runs in fresh processes (tsx), median of the round ` +
        `medians; now ${result.now.map((t) => Math.round(t)).join(', ')} ms, 0.1.0 ` +
        `${result.before.map((t) => Math.round(t)).join(', ')} ms; tables found ${result.tables.now} vs ${result.tables.before}`,
    });
  } catch (error) {
    skipped('engine', measure, error);
  }
}

// -------------------------------------------------------------------------------------------------
// 1b. growth: one table of n and 4n indicator rows (every step must be linear in the table's size)

/**
 * Time a workload at n and 4n and record the ratio of the medians against the linear-growth target (≤ 5×). The
 * two sizes alternate run by run, so that both see the same machine: timed one after the other, a busy moment
 * during one size alone moved the ratio by a whole unit (2.5× to 5.1× between runs of the same code).
 * `setup(size)` warms the workload up and returns `prepare`, which makes each run's action outside the timing.
 */
async function recordGrowth(
  sizes: [number, number],
  runs: number,
  setup: (size: number) => Promise<() => () => unknown>,
  measure: (sizes: [number, number]) => string,
  target: string,
  detail: (times: [number, number]) => string,
): Promise<void> {
  const prepares = [await setup(sizes[0]), await setup(sizes[1])];
  const samples: [number[], number[]] = [[], []];
  for (let run = 0; run < runs; run++) {
    for (const index of [0, 1] as const) {
      const action = prepares[index]();
      samples[index].push(await timeIt(action));
    }
  }
  const times: [number, number] = [median(samples[0]), median(samples[1])];
  const ratio = times[1] / times[0];
  record({
    section: 'engine',
    measure: measure(sizes),
    value: `${ratio.toFixed(2)}×`,
    target,
    meetsTarget: ratio <= 5,
    detail: detail(times),
  });
}

async function benchGrowth(options: Options): Promise<void> {
  const [small, large] = options.quick ? [2_500, 10_000] : [10_000, 40_000];
  console.log(`\n1b. engine growth — one table of ${small} and ${large} indicator rows`);
  try {
    const { evaluateWorkbook } = await import('../src/engine/evaluate');
    const setup = async (rows: number) => {
      const snapshot = workbookOf(projectSheet({ indicators: rows, seed: 7, name: '项目' }));
      const found = evaluateWorkbook(snapshot, {}).tables[0]?.indicators.length ?? 0;
      if (found !== rows) notes.push(`Growth: the engine read ${found} of ${rows} generated indicator rows.`);
      return () => () => evaluateWorkbook(snapshot, {});
    };
    await recordGrowth(
      [small, large],
      Math.max(5, options.runs),
      setup,
      (sizes) => `growth, ${sizes[1]} vs ${sizes[0]} indicator rows in one table`,
      '≤ 5× for 4× the rows',
      (times) => `median ${ms(times[0])} for ${small} rows, ${ms(times[1])} for ${large} rows`,
    );
  } catch (error) {
    skipped('engine', 'growth', error);
  }
}

/**
 * The value grammar on one long cell of n and 4n characters (every reader of a cell must be linear in its length;
 * test/property/values.test.ts checks that such cells are read at all).
 */
async function benchLongCells(options: Options): Promise<void> {
  const [small, large] = options.quick ? [2_500, 10_000] : [5_000, 20_000];
  try {
    const values = await import('../src/engine/values');
    const { qualitativeBand } = await import('../src/engine/vocabulary/qualitative');
    // A new leading digit per run: the readers remember texts they have read (memoByText), and a hit would time
    // a lookup instead of the reading.
    const samples = (length: number, run: number) =>
      [
        '≥'.repeat(length),
        '1'.repeat(length) + '个',
        '达成'.repeat(length / 2),
        '足额保障率'.repeat(length / 5) + '=100%',
        '１，'.repeat(length / 2),
        'a'.repeat(length - 1) + '≥',
      ].map((text) => `${run}${text}`);
    const readAll = (texts: string[]) => {
      for (const text of texts) {
        values.readValue(text);
        values.readNumber(text);
        values.readRate(text);
        qualitativeBand(text);
        values.inferDirection(text);
        values.parseLabelWeight(text);
      }
    };
    const setup = async (length: number) => {
      readAll(samples(length, 0));
      let run = 0;
      return () => {
        const texts = samples(length, ++run);
        return () => readAll(texts);
      };
    };
    await recordGrowth(
      [small, large],
      Math.max(5, options.runs),
      setup,
      (sizes) => `value grammar, cells of ${sizes[1]} vs ${sizes[0]} characters`,
      '≤ 5× for 4× the length',
      (times) =>
        `median ${ms(times[0])} for 6 cells of ${small} characters, ${ms(times[1])} for ${large} ` +
        '(readValue, readNumber, readRate, qualitativeBand, inferDirection, parseLabelWeight)',
    );
  } catch (error) {
    skipped('engine', 'value grammar on long cells', error);
  }
}

// -------------------------------------------------------------------------------------------------
// 2. CLI end to end vs a bare exceljs load

/** One timed Node process: wall time, CPU time (user + system) and peak RSS. */
interface Sample {
  ms: number;
  cpuMs: number;
  peak: number;
}

function sampleOf(result: Awaited<ReturnType<typeof runNodeMeasured>>): Sample {
  return { ms: result.ms, cpuMs: result.usage.userMs + result.usage.systemMs, peak: result.usage.maxRssBytes };
}

async function benchCli(options: Options, file: string, label: string, work: string): Promise<void> {
  console.log(`\n2. CLI end to end — ${label} (${formatBytes(statSync(file).size)})`);
  const runs = Math.max(3, options.runs);
  try {
    buildLib(options);
    if (!existsSync(CLI)) throw new Error('bin/jixiao.js does not exist yet');
    const out = path.join(work, 'bench-out.xlsx');
    const json = path.join(work, 'bench-out.json');
    const cli: Sample[] = [];
    const bare: Sample[] = [];
    // exceljs's own load of the same file in a fresh Node process: what reading the file costs anyway.
    const bareScript = `const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1]).catch(e=>{console.error(e);process.exit(3)})`;
    let lastCode: number | null = null;
    // Side by side in one run, alternating (CLI, bare, CLI, bare …), so both see the same machine load;
    // both are plain Node processes with the same usage probe (peak RSS and CPU time from the kernel).
    for (let run = 0; run < runs; run++) {
      rmSync(out, { force: true });
      const evaluated = await runNodeMeasured([CLI, 'evaluate', file, '--out', out, '--json', json], { cwd: ROOT });
      if (evaluated.code !== 0 && evaluated.code !== 1)
        throw new Error(`jixiao evaluate exited ${evaluated.code}: ${evaluated.stderr.trim().split('\n')[0]}`);
      lastCode = evaluated.code;
      cli.push(sampleOf(evaluated));
      const load = await runNodeMeasured(['-e', bareScript, file], { cwd: ROOT });
      if (load.code !== 0) throw new Error(`bare exceljs load failed: ${load.stderr.trim().split('\n')[0]}`);
      bare.push(sampleOf(load));
    }
    const wall = { cli: median(cli.map((s) => s.ms)), bare: median(bare.map((s) => s.ms)) };
    const cpu = { cli: median(cli.map((s) => s.cpuMs)), bare: median(bare.map((s) => s.cpuMs)) };
    const peak = { cli: Math.max(...cli.map((s) => s.peak)), bare: Math.max(...bare.map((s) => s.peak)) };
    cliWall = wall;
    const spread = (samples: Sample[]) => samples.map((s) => Math.round(s.ms)).join(', ');
    record({
      section: 'cli',
      measure: `jixiao evaluate (writes .xlsx + JSON), ${label}`,
      value: ms(wall.cli),
      detail: `median of ${runs} runs (${spread(cli)} ms), exit ${lastCode}, CPU ${ms(cpu.cli)}, peak RSS ${formatBytes(peak.cli)}`,
    });
    record({
      section: 'cli',
      measure: 'bare exceljs xlsx.readFile of the same file (fresh node)',
      value: ms(wall.bare),
      detail: `median of ${runs} runs (${spread(bare)} ms), CPU ${ms(cpu.bare)}, peak RSS ${formatBytes(peak.bare)}`,
    });
    record({
      section: 'cli',
      measure: 'ratio CLI / bare load, wall time',
      value: `${(wall.cli / wall.bare).toFixed(2)}×`,
      target: '≤ 0.6× (goal 0.4×)',
      meetsTarget: wall.cli / wall.bare <= 0.6,
      detail: `CPU time (user + system, steadier on a shared machine): ${(cpu.cli / cpu.bare).toFixed(2)}×`,
    });
    record({
      section: 'cli',
      measure: 'peak RSS, CLI vs bare load',
      value: `${formatBytes(peak.cli)} vs ${formatBytes(peak.bare)}`,
      target: '≤ the bare load',
      meetsTarget: peak.cli <= peak.bare,
      detail: `highest of ${runs} runs each (getrusage ru_maxrss): ${(peak.cli / peak.bare).toFixed(2)}×`,
    });
  } catch (error) {
    skipped('cli', `jixiao evaluate, ${label}`, error);
  }
  await cliPhases(options, file);
}

/**
 * Start-up: `jixiao --version` (Node, then the CLI loaded — the bundle with its code cache, docs/benchmarks.md)
 * beside a bare `node -e 0`, alternating; a detail of the end-to-end figure, not a target.
 */
async function benchStartup(options: Options): Promise<void> {
  try {
    const runs = Math.max(5, options.runs);
    const cli: Sample[] = [];
    const bare: Sample[] = [];
    for (let run = 0; run < runs; run++) {
      const version = await runNodeMeasured([CLI, '--version'], { cwd: ROOT });
      if (version.code !== 0) throw new Error(`jixiao --version exited ${version.code}`);
      cli.push(sampleOf(version));
      bare.push(sampleOf(await runNodeMeasured(['-e', '0'], { cwd: ROOT })));
    }
    const wall = { cli: median(cli.map((s) => s.ms)), bare: median(bare.map((s) => s.ms)) };
    record({
      section: 'cli',
      measure: 'start-up: jixiao --version (fresh node)',
      value: ms(wall.cli),
      detail:
        `median of ${runs} runs, CPU ${ms(median(cli.map((s) => s.cpuMs)))}; a bare \`node -e 0\`: ` +
        `${ms(wall.bare)}, CPU ${ms(median(bare.map((s) => s.cpuMs)))}`,
    });
  } catch (error) {
    skipped('cli', 'start-up', error);
  }
}

/** The file that crashed the exceljs reader: one stray value at XFD1048576 on a side sheet (7.8 KB). */
async function benchStrayCell(work: string): Promise<void> {
  const file = path.join(ROOT, 'test', 'fidelity-corpus', 'op-stray-cell.xlsx');
  console.log(`\n2b. CLI end to end — stray cell at XFD1048576 (${formatBytes(statSync(file).size)})`);
  try {
    const out = path.join(work, 'stray-out.xlsx');
    const runs: Array<{ ms: number; peak: number }> = [];
    for (let run = 0; run < 3; run++) {
      const cli = await runNodeMeasured([CLI, 'evaluate', file, '--out', out], { cwd: ROOT });
      if (cli.code !== 0 && cli.code !== 1) throw new Error(`jixiao evaluate exited ${cli.code}`);
      runs.push({ ms: cli.ms, peak: cli.usage.maxRssBytes });
    }
    const time = median(runs.map((run) => run.ms));
    const peak = Math.max(...runs.map((run) => run.peak));
    record({
      section: 'cli',
      measure: 'stray-cell file, wall time',
      value: ms(time),
      target: '< 1 s',
      meetsTarget: time < 1000,
      detail: 'median of 3 runs',
    });
    record({
      section: 'cli',
      measure: 'stray-cell file, peak RSS',
      value: formatBytes(peak),
      target: '< 150 MB',
      meetsTarget: peak < 150 * 1024 * 1024,
      detail: '',
    });
  } catch (error) {
    skipped('cli', 'stray-cell file', error);
  }
}

/** Where the CLI's time goes, in process: the same steps the CLI takes, timed one by one. */
async function cliPhases(options: Options, file: string): Promise<void> {
  try {
    // The CLI's own steps: the package reader (native inflate), the engine, the package writer.
    const { readPackage, writeEvaluated } = await import('../src/package');
    const { NODE_CODEC } = await import('../src/package/node');
    const { evaluateWorkbook } = await import('../src/engine/evaluate');
    const phases: Record<string, number[]> = { read: [], snapshot: [], evaluate: [], write: [] };
    // The first round is cold (as every CLI run is: fresh JIT); the rest are warm.
    const runs = Math.max(2, Math.min(options.runs, 4));
    for (let run = 0; run < runs; run++) {
      let bytes: Buffer = Buffer.alloc(0);
      phases.read.push(await timeIt(() => (bytes = readFileSync(file))));
      let snapshot!: WorkbookSnapshot;
      phases.snapshot.push(await timeIt(() => (snapshot = readPackage(bytes, file, NODE_CODEC))));
      let evaluation!: ReturnType<typeof evaluateWorkbook>;
      phases.evaluate.push(await timeIt(() => (evaluation = evaluateWorkbook(snapshot, {}))));
      phases.write.push(await timeIt(() => writeEvaluated(bytes, evaluation, NODE_CODEC)));
    }
    const describe = (pickTime: (times: number[]) => number) => {
      const entries = Object.entries(phases).filter(([, times]) => times.length);
      return {
        total: entries.reduce((sum, [, times]) => sum + pickTime(times), 0),
        parts: entries.map(([name, times]) => `${name} ${ms(pickTime(times))}`).join(', '),
      };
    };
    const cold = describe((times) => times[0]);
    if (cliWall) {
      // The package I/O is ours (src/package); the engine's share is the rest of the run besides start-up.
      const io = phases.read[0] + phases.snapshot[0] + phases.write[0];
      const engine = phases.evaluate[0];
      const ratio = (value: number) => `${(value / cliWall!.bare).toFixed(2)}×`;
      notes.push(
        `The CLI is ${ratio(cliWall.cli)} a bare exceljs load (${ms(cliWall.cli)} vs ${ms(cliWall.bare)}). Cold, in ` +
          `process: reading the package into a snapshot and writing the evaluated copy take ${ms(io)} ` +
          `(${ratio(io)} the bare load); the engine takes ${ms(engine)} (${ratio(engine)}), the rest is Node ` +
          'start-up, module loading, the JSON report and the summary.',
      );
    }
    const warm = describe((times) => median(times.slice(1)));
    record({
      section: 'cli',
      measure: 'in-process steps, first run (cold, like a CLI run)',
      value: ms(cold.total),
      detail: cold.parts,
    });
    record({
      section: 'cli',
      measure: `in-process steps, warm (median of ${runs - 1})`,
      value: ms(warm.total),
      detail: warm.parts,
    });
  } catch (error) {
    skipped('cli', 'in-process breakdown', error);
  }
}

// -------------------------------------------------------------------------------------------------
// 3. batch

async function benchBatch(options: Options, work: string): Promise<void> {
  const count = options.quick ? 40 : 500;
  console.log(`\n3. jixiao batch — ${count} small workbooks`);
  try {
    buildLib(options);
    if (!existsSync(CLI)) throw new Error('bin/jixiao.js does not exist yet');
    const dir = path.join(work, 'batch');
    mkdirSync(dir, { recursive: true });
    const started = Date.now();
    for (let start = 0; start < count; start += 25) {
      await Promise.all(
        Array.from({ length: Math.min(25, count - start) }, (_, i) =>
          writeXlsx(smallWorkbook(start + i), path.join(dir, `单位${String(start + i + 1).padStart(3, '0')}.xlsx`)),
        ),
      );
    }
    console.log(`  (generated in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const runs = Math.max(1, Math.min(options.runs, 3));
    const times: number[] = [];
    let peak = 0;
    let code: number | null = null;
    for (let run = 0; run < runs; run++) {
      const summary = path.join(work, `batch-summary-${run}.xlsx`);
      const result = await runTimed(process.execPath, [CLI, 'batch', dir, '--summary', summary], {
        cwd: ROOT,
        timeoutMs: 240_000,
      });
      if (result.code !== 0 && result.code !== 1) {
        throw new Error(`jixiao batch exited ${result.code}: ${result.stderr.trim().split('\n')[0]}`);
      }
      code = result.code;
      times.push(result.ms);
      peak = Math.max(peak, result.peakTreeRss);
    }
    const seconds = median(times) / 1000;
    record({
      section: 'batch',
      measure: `jixiao batch, ${count} files (1–3 project sheets each)`,
      value: `${(count / seconds).toFixed(1)} files/s`,
      detail: `median ${seconds.toFixed(2)} s over ${runs} runs, exit ${code}, default --jobs (${os.availableParallelism?.() ?? os.cpus().length} cores)`,
    });
    record({
      section: 'batch',
      measure: 'batch peak memory (Σ RSS of the process tree)',
      value: peak ? formatBytes(peak) : 'n/a',
      detail: peak ? 'sampled from /proc every 100 ms, max over runs' : 'no /proc on this system',
    });
  } catch (error) {
    skipped('batch', `jixiao batch, ${count} files`, error);
  }
}

// -------------------------------------------------------------------------------------------------
// 4. add-in (Office.js host over the in-memory Excel fake)

async function benchAddin(options: Options): Promise<void> {
  console.log('\n4. add-in — context.sync count and payload per evaluation');
  const sizes = options.quick ? [1, 20] : [1, 20, 200];
  try {
    const { FakeWorkbook } = await import('../test/fakes/excel-fake');
    const excel = await import('../src/excel/index');
    const { evaluateWorkbook } = await import('../src/engine/evaluate');
    for (const sheets of sizes) {
      const snapshot = projectWorkbook(sheets, 30, 7);
      // The fake keeps Excel on the web's 5 MB payload limit: the host must chunk as it would there.
      const fake = FakeWorkbook.fromSnapshot(snapshot);
      const host = excel.createExcelHost({
        run: fake.run as unknown as import('../src/excel/host').ExcelRun,
        locale: 'zh-CN',
        supportsApi: () => true,
      });
      const elapsed = await timeIt(() => host.evaluate());
      const request = fake.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
      const response = fake.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
      const largest = Math.max(...fake.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
      const evaluateSyncs = fake.syncCount;
      record({
        section: 'addin',
        measure: `evaluate, ${sheets} sheet${sheets > 1 ? 's' : ''} × 30 indicators`,
        value: `${evaluateSyncs} syncs`,
        target: '≤ 3',
        meetsTarget: evaluateSyncs <= 3,
        detail:
          `request ${formatBytes(request)}, response ${formatBytes(response)}, largest single payload ` +
          `${formatBytes(largest)} (Excel on the web limit 5 MiB); ${ms(elapsed)} against the fake`,
      });
      // The engine's share of that time: what is left is the host's own work (and the fake's bookkeeping).
      const engineOnly = await timeIt(() => evaluateWorkbook(snapshot, {}));
      if (elapsed > 2000 && elapsed > 5 * engineOnly) {
        notes.push(
          `Add-in, ${sheets} sheets: one evaluation took ${ms(elapsed)} against the fake, of which the engine ` +
            `needs ~${ms(engineOnly)}; the rest is spent outside the engine (host reading/writing, payload ` +
            'estimation, the fake). Profile it before users with large workbooks notice.',
        );
      }
    }
    await benchFixAll();
  } catch (error) {
    skipped('addin', 'evaluate over the Excel fake', error);
  }
}

/**
 * 全部修正 on the seed workbook (score fixes whose typed 总分 follows): the fixes, their follow-ups, the
 * re-evaluation and the refreshed sheets, from what the host knows it wrote — no read.
 */
async function benchFixAll(): Promise<void> {
  const { FakeWorkbook } = await import('../test/fakes/excel-fake');
  const { seedWorkbook } = await import('../test/fixtures/seed');
  const excel = await import('../src/excel/index');
  const fake = FakeWorkbook.fromSnapshot(seedWorkbook());
  const host = excel.createExcelHost({
    run: fake.run as unknown as import('../src/excel/host').ExcelRun,
    locale: 'zh-CN',
    supportsApi: () => true,
  });
  const { evaluation } = await host.evaluate();
  const fixes = evaluation.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
  const before = fake.syncCount;
  const elapsed = await timeIt(() => host.applyFixes(fixes));
  record({
    section: 'addin',
    measure: `全部修正 after 评估, seed workbook (${fixes.length} fixes and the 总分 they change)`,
    value: `${fake.syncCount - before} sync${fake.syncCount - before === 1 ? '' : 's'}`,
    target: '≤ 1',
    meetsTarget: fake.syncCount - before <= 1,
    detail: `${ms(elapsed)} against the fake, the re-evaluation included`,
  });
}

// -------------------------------------------------------------------------------------------------
// 5. task-pane bundle size

/** An attribute's value, quoted or not (minified HTML drops the quotes: `<script defer src=taskpane.js>`). */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

/** Scripts a page loads before it runs: <script src> and <link rel=preload|modulepreload> of .js files. */
export function initialScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(match[0], 'src');
    if (src) scripts.push(src);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(match[0], 'rel');
    const href = attribute(match[0], 'href');
    if (rel && /^(module)?preload$/i.test(rel) && href && /\.m?js(\?|$)/.test(href) && !scripts.includes(href)) {
      scripts.push(href);
    }
  }
  return scripts;
}

/** The packages and folders that weigh most in a chunk (module sizes before minification, from webpack's stats). */
function largestParts(chunkName: string, count = 6): string {
  if (!existsSync(STATS_FILE)) return 'no stats';
  const stats = JSON.parse(readFileSync(STATS_FILE, 'utf8')) as {
    chunks: Array<{ id: number | string; names: string[] }>;
    modules: Array<{ name: string; size: number; chunks: Array<number | string>; modules?: unknown[] }>;
  };
  const chunk = stats.chunks.find((candidate) => candidate.names.includes(chunkName));
  if (!chunk) return 'chunk not found';
  type StatsModule = { name: string; size: number; modules?: StatsModule[] };
  const leaves: StatsModule[] = [];
  const walk = (module: StatsModule) => (module.modules ? module.modules.forEach(walk) : leaves.push(module));
  stats.modules.filter((module) => module.chunks.includes(chunk.id)).forEach((module) => walk(module as StatsModule));
  const sizes = new Map<string, number>();
  for (const leaf of leaves) {
    const name =
      /node_modules\/((@[^/]+\/)?[^/]+)/.exec(leaf.name)?.[1] ??
      leaf.name.replace(/^\.\//, '').split('/').slice(0, 2).join('/');
    sizes.set(name, (sizes.get(name) ?? 0) + leaf.size);
  }
  return [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, size]) => `${name} ${formatBytes(size)}`)
    .join(', ');
}

async function benchBundle(options: Options): Promise<void> {
  console.log('\n5. task-pane initial JavaScript');
  try {
    buildDist(options);
    const dist = path.join(ROOT, 'dist');
    const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const local = initialScripts(html).filter((src) => !/^(https?:)?\/\//.test(src));
    const external = initialScripts(html).filter((src) => /^(https?:)?\/\//.test(src));
    let raw = 0;
    let gzipped = 0;
    const parts: string[] = [];
    for (const src of local) {
      const bytes = readFileSync(path.join(dist, src.replace(/^\.?\//, '').split('?')[0]));
      const gz = gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gzipped += gz;
      parts.push(`${src} ${formatBytes(gz)}`);
    }
    // Our own chunks only: dist/office-js is Microsoft's office.js, served beside the add-in.
    const allJs = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js') && !file.startsWith('office-js'));
    const lazy = allJs.filter((file) => !local.some((src) => src.replace(/^\.?\//, '').split('?')[0] === file));
    const lazyGz = lazy.reduce(
      (sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length,
      0,
    );
    record({
      section: 'bundle',
      measure: 'taskpane.html initial JS, minified + gzip -9',
      value: formatBytes(gzipped),
      target: '≤ 140 KiB (goal 120)',
      meetsTarget: gzipped <= 140 * 1024,
      detail:
        `${formatBytes(raw)} minified in ${local.length} script(s): ${parts.join(', ')}` +
        (external.length ? `; external (not counted): ${external.join(', ')}` : '') +
        `; not loaded initially: ${lazy.length} other .js file(s), ${formatBytes(lazyGz)} gzipped` +
        `; largest parts of the initial chunk (module sizes before minification and tree shaking): ${largestParts('taskpane')}`,
    });
    // In Excel the pane and the host load while office.js does: what a user waits for before 评估.
    const ready = lazy.filter((file) => /^office\./.test(file));
    const readyGz = ready.reduce(
      (sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length,
      0,
    );
    record({
      section: 'bundle',
      measure: 'JS before 评估 works in Excel (initial + pane + Excel host with the engine), gzip -9',
      value: formatBytes(gzipped + readyGz),
      detail: `${ready.join(', ')} load in parallel with office.js; the report panel, Word export and standalone page stay lazy`,
    });
    // The standalone page: the start-up screen, its UI and report panel, the worker, the engine chunk (loaded
    // by the worker) and src/package. Issue 13's criterion is the file I/O part: src/package + the worker file.
    const gzOf = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
    const sumGz = (files: string[]) => files.reduce((sum, file) => sum + gzOf(file), 0);
    const listed = (files: string[]) => files.map((file) => `${file} ${formatBytes(gzOf(file))}`).join(', ');
    const fileIo = lazy.filter((file) => /^(workbook-worker|worker-shared|package)\./.test(file));
    const standalone = lazy.filter((file) => /^(standalone|workbook-worker|engine|worker-shared|package)\./.test(file));
    const withExcelJs = allJs.filter(
      (file) =>
        /exceljs/i.test(file) ||
        /ExcelJS|WorkbookWriter|WorksheetReader/.test(readFileSync(path.join(dist, file), 'utf8')),
    );
    record({
      section: 'bundle',
      measure: 'standalone page, lazily loaded for workbook files (src/package + worker file + worker-shared), gzip -9',
      value: formatBytes(sumGz(fileIo)),
      target: '≤ 60 KB, no exceljs in dist',
      meetsTarget: sumGz(fileIo) <= 60 * 1000 && withExcelJs.length === 0,
      detail: `${listed(fileIo)}${withExcelJs.length ? `; exceljs in ${withExcelJs.join(', ')}` : ''}`,
    });
    record({
      section: 'bundle',
      measure: 'standalone page, JS up to its first evaluation (initial + page + worker + engine + package), gzip -9',
      value: formatBytes(gzipped + sumGz(standalone)),
      target: '≤ 232 KB',
      meetsTarget: gzipped + sumGz(standalone) <= 232 * 1000,
      detail: `${listed(standalone)}; then the report panel: ${listed(lazy.filter((file) => /^report\./.test(file)))}; largest parts of the page chunk: ${largestParts('standalone')}`,
    });
  } catch (error) {
    skipped('bundle', 'taskpane initial JS', error);
  }
}

// -------------------------------------------------------------------------------------------------
// Report

function markdown(machine: Machine, options: Options, date: string, totalSeconds: number, loadBefore: string): string {
  const rows = results.map((r) => {
    const target = r.target ? `${r.target} ${r.meetsTarget ? '✓' : '✗'}` : '';
    return `| ${r.measure} | **${r.value}** | ${target} | ${r.detail.replace(/\|/g, '\\|')} |`;
  });
  return `# Benchmarks

Figures from a real run of \`npm run bench\` (\`tsx bench/run.ts --write\`) on ${date}${options.quick ? ' (--quick: reduced workloads)' : ''}.
The whole run took ${totalSeconds.toFixed(0)} s including the builds. Re-run to refresh this file; compare
figures only across runs on the same machine.

**Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, Node ${machine.node}, ${machine.os};
load average ${loadBefore} at the start, ${os.loadavg()[0].toFixed(2)} at the end (other work on the machine skews timings).

| Measure | Result | Target | Detail |
|---|---|---|---|
${rows.join('\n')}
${notes.length ? `\n**Notes from this run:**\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}
## What is measured

1. **Engine only** — \`evaluateWorkbook(snapshot)\` (read, score, check, narrative, write plan) on a generated
   workbook of 200 项目支出绩效自评表 sheets × 30 indicators (\`bench/generate.ts\`, built with the shared
   \`projectBlock\` fixture builder; deterministic seed; fused and split layouts, percent cells, 定性 rows, missed
   targets with reasons, merges). One warm-up, then the median of ${options.runs} runs.
   Then the same snapshot side by side with the engine of 0.1.0 (commit ${BASELINE_REF}, checked out as a temporary
   git worktree; \`bench/baseline.ts\`): each engine in its own fresh process, alternating rounds (issue 12: no
   slower than before). **Growth**: one table of 10 000 and 40 000 indicator rows, and the value grammar on cells
   of 5 000 and 20 000 characters (a new leading digit per run, so no reading is served from the text memo), the
   two sizes alternating run by run, medians of 5: both must stay within 5× for 4× the size.
2. **CLI end to end** — \`node bin/jixiao.js evaluate <file> --out … --json …\` as a subprocess on the same
   workbook saved as .xlsx (exceljs), side by side with a fresh \`node -e\` that only does exceljs
   \`xlsx.readFile\` of it (alternating runs, ${Math.max(3, options.runs)} of each, medians, so both see the same machine
   load). Both processes preload \`bench/usage-probe.cjs\`, which reports the process's own peak RSS
   (getrusage ru_maxrss) and CPU time at exit, so neither figure is sampled. The CLI reads the package
   itself (src/package: unzip + XML tokenizer → snapshot), evaluates, and patches the package; the ratio (wall
   time; CPU time beside it) and the peak RSS compare that whole run with a bare exceljs load. The in-process
   breakdown times the steps one by one; the start-up line times \`jixiao --version\` beside a bare \`node -e 0\`. **2b** runs the CLI on \`test/fidelity-corpus/op-stray-cell.xlsx\` (a value at XFD1048576).
3. **Batch** — \`jixiao batch <dir> --summary …\` over 500 generated small workbooks (1–3 project sheets of
   8–12 indicators); files per second, and the peak of the summed RSS of the CLI and its worker processes
   (sampled from /proc every 100 ms).
4. **Add-in** — \`createExcelHost\` over the in-memory Excel fake (\`test/fakes/excel-fake.ts\`), one
   evaluation of 1, 20 and 200 project sheets: number of \`context.sync\` calls (target ≤ 3) and the
   request/response payload bytes the fake estimates (Excel on the web refuses payloads over 5 MB); then 全部修正
   on the seed workbook, which re-evaluates from what was written (target: one write sync, no read).
5. **Bundle** — a production build with webpack's stats (\`test-artifacts/bundle-stats.json\`), then the scripts
   \`dist/taskpane.html\` loads initially, minified and gzipped at level 9, with the largest parts of that chunk
   from the stats; lazily loaded chunks are listed but not counted there. A second line adds the chunk Excel
   loads in parallel with office.js before 评估 works (the pane and the Excel host with the engine); a third
   measures issue 13's criterion on the standalone page: what it loads lazily for workbook files (src/package, the
   worker file, and worker-shared — big.js and decimal, which src/package needs too): ≤ 60 KB gzipped, no exceljs
   in dist; a fourth the page's JS whole (start-up screen, page, worker, engine, package: ≤ 232 KB; the report panel is listed, not counted),
   with the largest parts of the page chunk.

Run \`npx tsx bench/run.ts --quick --no-build\` for a fast smoke run of the harness.

## Why the CLI starts and reads fast

A \`jixiao evaluate\` is one short Node process: most of its code runs once, in V8's interpreter, so the
cost is roughly the work done (bytecodes, allocations), plus start-up.

- **One file to load.** \`npm run prepare\` compiles src/ to lib/ (tsc) and then bundles the CLI into
  \`lib/cli.bundle.js\` (\`scripts/bundle-cli.js\`: each module keeps its scope, \`__dirname\` and lazy first
  run; fflate, which the CLI does not use with Node's zlib, runs only if called). Loading it takes about
  half the time of resolving and reading ~125 files one by one (~22 vs ~45 ms). \`bin/jixiao.js\` uses it only
  while it is newer than \`lib/cli/main.js\`, so a plain \`tsc\` rebuild is never shadowed by a stale bundle.
  \`batch\` and the Word writer are loaded on demand.
- **V8's code cache.** The same build step runs one evaluation of an example workbook (\`examples/\`) and saves
  the bytecode of what ran to \`lib/cli.bundle.cache\`; \`bin/jixiao.js\` hands it to V8, so a run skips
  compiling those functions (~30–40 ms CPU on the 200-sheet workbook). It is used only while newer than the
  bundle; V8 refuses a cache from another Node version or other flags, and the bundle then compiles as usual.
- **V8 flags.** \`bin/jixiao.js\` raises the interrupt budget (\`--interrupt-budget=500000\`): V8 then tiers up
  only the code that stays hot, instead of compiling most of the engine once for a single use.
- **The reader's common form without the tokenizer.** Rows, cells, merged areas and shared strings written
  the usual way are read by one sticky regular expression each (\`src/package/cell-scan.ts\`), which runs as
  compiled code from the first call; anything else goes through the XML tokenizer (docs/package.md).
- **Synchronous file I/O** in the CLI (one command at a time): \`fs.promises\`' chunked reads and writes cost a
  few ms more per file in a cold process.

## Robustness corpus (not timed here; part of \`npm test\`)

\`test/corpus/\` generates hostile and extreme inputs (\`npx tsx test/corpus/generate.ts <dir>\` writes them
for a look) and runs each through the real CLI as a subprocess: random bytes, a 0-byte file, a renamed .docx,
a valid .xlsx truncated at four points, a corrupt \`xl/workbook.xml\`, an encrypted and a legacy (.xls) OLE
container, two zip bombs of ~2 MiB that inflate to 2 GiB (one declaring its size, one lying about it; both
must be refused within 15 s and 512 MiB RSS), #DIV/0! and #REF! formula results in money and score cells,
text in numeric columns, huge, negative and non-finite numbers, a 10 000-row sheet, 255 sheets, sheet names
with quotes, brackets and CJK, hidden and very-hidden sheets, and a workbook without a table. Every case must
end in exit 0/1 with a report (and findings at the damaged cells) or exit 2 with one stderr line naming the
file; never a stack trace or a hang; the input's sha256 unchanged; nothing left behind on exit 2. One
\`jixiao batch\` over the whole corpus checks the same for the worker pool, and re-evaluating an evaluated
workbook must find the same and plan nothing new. \`test/property/\` adds fast-check properties for the
value grammar, the score bounds and \`evaluateWorkbook\` on randomly damaged fixtures.
`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const loadBefore = os.loadavg()[0].toFixed(2);
  const machine = describeMachine();
  console.log(
    `jixiao benchmarks — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );
  const work = mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  try {
    const sheets = options.quick ? 20 : 200;
    const snapshot = options.quick ? projectWorkbook(sheets, 30, 1) : benchWorkbook();
    const label = `${sheets} sheets × 30 indicators`;
    if (options.only.has('engine')) await benchEngine(options, snapshot, label);
    if (options.only.has('growth')) {
      await benchGrowth(options);
      await benchLongCells(options);
    }
    if (options.only.has('cli')) {
      const file = path.join(work, `bench-${sheets}x30.xlsx`);
      await writeXlsx(snapshot, file);
      await benchCli(options, file, label, work);
      await benchStartup(options);
      await benchStrayCell(work);
    }
    if (options.only.has('batch')) await benchBatch(options, work);
    if (options.only.has('addin')) await benchAddin(options);
    if (options.only.has('bundle')) await benchBundle(options);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const totalSeconds = (Date.now() - started) / 1000;
  for (const note of notes) console.log(`\nNote: ${note}`);
  console.log(`\nDone in ${totalSeconds.toFixed(0)} s.`);
  if (options.write) {
    const date = new Date().toISOString().slice(0, 10);
    writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), markdown(machine, options, date, totalSeconds, loadBefore));
    console.log('Wrote docs/benchmarks.md');
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
