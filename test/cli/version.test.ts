import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, ROOT, runCli } from './helpers';

beforeAll(() => ensureCliBuilt(), 180_000);

it('`jixiao --version` prints the version written in package.json (its one home)', () => {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const run = runCli(['--version']);
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 0, stdout: `${version}\n` });
});
