/**
 * Build dist/ (production) and the test-only office.js stub bundle when they are missing or older than
 * their sources, so `jest test/e2e` works on a fresh checkout and reuses a current build otherwise.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const STUB_BUNDLE = path.join(ARTIFACTS, 'e2e-build', 'office-stub.js');
const WEBPACK_CLI = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function mtime(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

function runWebpack(args: string[]): void {
  const result = spawnSync(process.execPath, [WEBPACK_CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: undefined },
    timeout: 15 * 60_000,
  });
  if (result.status !== 0) {
    throw new Error(`webpack ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** JIXIAO_E2E_REBUILD=1 forces a rebuild; JIXIAO_E2E_REUSE=1 takes an existing build as it is. */
const reuse = () => process.env.JIXIAO_E2E_REUSE === '1';

export function ensureDistBuilt(): void {
  const sources = ['src', 'assets', 'manifest.xml', 'webpack.config.js'].map((name) =>
    newestMtime(path.join(ROOT, name)),
  );
  const built = mtime(path.join(DIST, 'taskpane.html'));
  const stale = Math.max(...sources) > built && !reuse();
  if (built === 0 || stale || process.env.JIXIAO_E2E_REBUILD === '1') {
    runWebpack(['--mode', 'production']);
  }
}

export function ensureStubBuilt(): void {
  const sources = ['src', 'test/fakes', 'test/fixtures', 'test/e2e/stub', 'test/e2e/webpack.stub.config.js'].map(
    (name) => newestMtime(path.join(ROOT, name)),
  );
  const built = mtime(STUB_BUNDLE);
  const stale = Math.max(...sources) > built && !reuse();
  if (built === 0 || stale || process.env.JIXIAO_E2E_REBUILD === '1') {
    runWebpack(['--config', path.join('test', 'e2e', 'webpack.stub.config.js')]);
  }
}
