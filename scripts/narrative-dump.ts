/** Prints the 自评报告 of a workbook (dev aid): npx tsx scripts/narrative-dump.ts <file.xlsx> */
import { readFileSync } from 'node:fs';
import { evaluateBytes } from '../src/cli/evaluate-file';
import { getProfile } from '../src/engine/profiles';
import { narrativeText } from '../src/engine/narrative';

async function main(): Promise<void> {
  for (const file of process.argv.slice(2)) {
    const { evaluation } = await evaluateBytes(new Uint8Array(readFileSync(file)), file, {
      profile: getProfile('national'),
      locale: 'zh',
    });
    process.stdout.write(`===== ${file}\n${narrativeText(evaluation.narrative)}\n`);
  }
}
void main();
