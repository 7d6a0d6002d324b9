/**
 * lib/cli.bundle.js (scripts/bundle-cli.js) is the compiled CLI in one file: it must behave exactly as
 * lib/cli/main.js — same outputs, same error lines, including from the parts it loads on demand (batch).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from '../../src/cli/io';
import { seedWorkbook } from '../fixtures';
import { ROOT, ensureCliBuilt, tempDir, writeWorkbook } from './helpers';

beforeAll(() => ensureCliBuilt(), 240_000);

type Main = (argv: readonly string[], io: CliIo) => Promise<number>;
const load = async (file: string): Promise<Main> =>
  ((await import(path.join(ROOT, 'lib', file))) as { main: Main }).main;

async function run(main: Main, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), stderrIsTTY: false };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

it('is newer than lib/cli/main.js after a build, so bin/jixiao.js runs it, and its code cache newer still', () => {
  const bundle = fs.statSync(path.join(ROOT, 'lib', 'cli.bundle.js'));
  expect(bundle.mtimeMs).toBeGreaterThanOrEqual(fs.statSync(path.join(ROOT, 'lib', 'cli', 'main.js')).mtimeMs);
  const cache = fs.statSync(path.join(ROOT, 'lib', 'cli.bundle.cache'));
  expect(cache.mtimeMs).toBeGreaterThanOrEqual(bundle.mtimeMs);
  expect(cache.size).toBeGreaterThan(100_000); // the bytecode of a whole evaluation, not only the top level
});

it('evaluates, reports and fails as lib/cli/main.js does', async () => {
  const dir = tempDir();
  const input = await writeWorkbook(path.join(dir, '表.xlsx'), seedWorkbook());
  const results = [];
  for (const file of ['cli/main.js', 'cli.bundle.js']) {
    const main = await load(file);
    const name = path.basename(file, '.js');
    const json = path.join(dir, `${name}.json`);
    const out = path.join(dir, `${name}.xlsx`);
    const evaluate = await run(main, ['evaluate', input, '--out', out, '--json', json]);
    results.push({
      code: evaluate.code,
      stdout: evaluate.stdout.replace(out, 'OUT').replace(json, 'JSON'),
      json: fs.readFileSync(json, 'utf8'),
      workbook: fs.readFileSync(out).toString('base64'),
      // An error thrown by the batch code (loaded on demand) still reads as the CLI's own error.
      missing: await run(main, ['batch', path.join(dir, 'missing'), '--summary', path.join(dir, 's.xlsx')]),
      version: await run(main, ['--version']),
    });
  }
  expect(results[1]).toEqual(results[0]);
  expect(results[0].missing.stderr).not.toMatch(/内部错误|internal error/);
  expect(results[0].version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
});
