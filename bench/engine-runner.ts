/**
 * Child process of the bench's "engine vs 0.1.0" measure: loads `evaluateWorkbook` from the source tree it is
 * given (this checkout's or the 0.1.0 one's), evaluates the snapshot in the JSON file once to warm up, then
 * times it and prints the times with what it found as one JSON line. Run by bench/baseline.ts through tsx,
 * so both trees are compiled the same way.
 *
 *   tsx bench/engine-runner.ts <tree> <snapshot.json> <runs>
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

interface Engine {
  evaluateWorkbook(snapshot: unknown, options: object): { tables: unknown[]; findings: unknown[] };
}

function main(): void {
  const [tree, snapshotFile, runsText] = process.argv.slice(2);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the tree is chosen at run time
  const engine = require(path.join(tree, 'src', 'engine', 'evaluate')) as Engine;
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8'));
  const warm = engine.evaluateWorkbook(snapshot, {});
  const times: number[] = [];
  for (let run = 0; run < Number(runsText); run++) {
    const start = performance.now();
    engine.evaluateWorkbook(snapshot, {});
    times.push(performance.now() - start);
  }
  process.stdout.write(`${JSON.stringify({ times, tables: warm.tables.length, findings: warm.findings.length })}\n`);
}

main();
