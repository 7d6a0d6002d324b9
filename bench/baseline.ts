/**
 * The engine now vs the engine of 0.1.0 (issue 12: "no slower than before"), side by side: the same snapshot,
 * each engine in its own fresh Node process compiled by tsx, alternating rounds so both see the same machine
 * load. The 0.1.0 tree is a temporary `git worktree` of BASELINE_REF sharing this checkout's node_modules;
 * it is removed afterwards. Without that commit (a shallow clone) the measure is skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { WorkbookSnapshot } from '../src/engine/snapshot';
import { median } from './measure';

/** The commit released as 0.1.0 (package.json "version": "0.1.0"), before layout reader v2 and the scored model. */
export const BASELINE_REF = 'f6f25f8';

export interface BaselineResult {
  now: number[];
  before: number[];
  tables: { now: number; before: number };
}

interface RunnerOutput {
  times: number[];
  tables: number;
  findings: number;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function runEngine(root: string, tree: string, snapshotFile: string, runs: number): RunnerOutput {
  const runner = path.join(root, 'bench', 'engine-runner.ts');
  const tsx = require.resolve('tsx/cli', { paths: [root] });
  const out = execFileSync(process.execPath, [tsx, runner, tree, snapshotFile, String(runs)], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as RunnerOutput;
}

/** Rounds × runs evaluations of each engine; throws when the baseline cannot be checked out. */
export function compareWithBaseline(
  root: string,
  snapshot: WorkbookSnapshot,
  rounds: number,
  runs: number,
): BaselineResult {
  git(root, ['cat-file', '-e', `${BASELINE_REF}^{commit}`]);
  const work = mkdtempSync(path.join(os.tmpdir(), 'jixiao-baseline-'));
  const tree = path.join(work, 'v0.1.0');
  try {
    git(root, ['worktree', 'add', '--detach', tree, BASELINE_REF]);
    symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
    const snapshotFile = path.join(work, 'snapshot.json');
    writeFileSync(snapshotFile, JSON.stringify(snapshot));
    const result: BaselineResult = { now: [], before: [], tables: { now: 0, before: 0 } };
    for (let round = 0; round < rounds; round++) {
      const before = runEngine(root, tree, snapshotFile, runs);
      const now = runEngine(root, root, snapshotFile, runs);
      result.before.push(median(before.times));
      result.now.push(median(now.times));
      result.tables = { now: now.tables, before: before.tables };
    }
    return result;
  } finally {
    try {
      git(root, ['worktree', 'remove', '--force', tree]);
    } catch {
      // Not a worktree yet (the add failed): the directory goes with `work`.
    }
    rmSync(work, { recursive: true, force: true });
  }
}
