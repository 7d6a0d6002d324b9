/**
 * Driving the real CLI: build lib/ once (tsc -p tsconfig.node.json and the one-file bundle, as `npm run
 * prepare` does; shared by parallel jest workers through a lock directory and a freshness stamp), write
 * fixture workbooks into temp dirs, run `node bin/jixiao.js …` as a subprocess.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { snapshotFromWorkbook, workbookFromSnapshot } from '../support/exceljs';

export const ROOT = path.resolve(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib');
const STAMP = path.join(LIB, '.cli-build-stamp');
const LOCK = path.join(LIB, '.cli-build-lock');
const SOURCES = ['src/engine', 'src/package', 'src/cli', 'src/docx'].map((dir) => path.join(ROOT, dir));

function newestSourceTime(): number {
  let newest = fs.statSync(path.join(ROOT, 'tsconfig.node.json')).mtimeMs;
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  SOURCES.forEach(visit);
  return newest;
}

function isFresh(): boolean {
  return (
    fs.existsSync(STAMP) &&
    fs.existsSync(path.join(LIB, 'cli', 'main.js')) &&
    fs.statSync(STAMP).mtimeMs >= newestSourceTime()
  );
}

/** Compile src → lib unless lib is newer than every source (what `npm install` runs as `prepare`). */
export function ensureCliBuilt(): void {
  if (isFresh()) return;
  fs.mkdirSync(LIB, { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('timed out waiting for the CLI build lock');
      // Another jest worker is building; wait for it.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      if (isFresh()) return;
    }
  }
  try {
    if (isFresh()) return;
    const startedAt = new Date();
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.node.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    // tsc emits even with type errors elsewhere in the tree; the CLI entry must exist.
    if (!fs.existsSync(path.join(LIB, 'cli', 'main.js')))
      throw new Error(`tsc did not build lib/cli/main.js:\n${tsc.stdout}`);
    // The one-file CLI bin/jixiao.js runs, as `npm run prepare` builds it.
    const bundle = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle-cli.js')], { encoding: 'utf8' });
    if (bundle.status !== 0) throw new Error(`scripts/bundle-cli.js failed:\n${bundle.stderr}`);
    fs.writeFileSync(STAMP, '');
    fs.utimesSync(STAMP, startedAt, startedAt);
  } finally {
    fs.rmdirSync(LOCK);
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'jixiao.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const createdDirs: string[] = [];

/** A fresh temp folder, removed after the test file (helpers are imported by test files only). */
export function tempDir(prefix = 'jixiao-cli-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  createdDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of createdDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export async function writeWorkbook(file: string, snapshot: WorkbookSnapshot): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const buffer = await workbookFromSnapshot(ExcelJS, snapshot).xlsx.writeBuffer();
  fs.writeFileSync(file, Buffer.from(buffer as ArrayBuffer));
  return file;
}

export async function readSnapshot(file: string): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return snapshotFromWorkbook(workbook);
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return workbook;
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The stderr of a failed run is exactly one line, bilingual, with no stack frames. */
export function expectOneCleanErrorLine(run: CliRun, fileMention?: string): string {
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/\s+at\s+\S+\s*\(|\.js:\d+/);
  expect(lines[0]).toMatch(/[\u4e00-\u9fff]/); // Chinese
  expect(lines[0]).toMatch(/ \/ [A-Z]/); // … / English
  if (fileMention) expect(lines[0]).toContain(fileMention);
  return lines[0];
}
