/**
 * Write the example workbooks in examples/ from the shared fixtures, through the same exceljs adapter
 * the CLI uses:  npx tsx scripts/make-examples.ts [outDir]
 *
 * - 屏边县政务服务管理局-2023.xlsx: the seed 部门整体 workbook (SPEC §9, anomalies included)
 * - 廊坊市应急管理局-安全生产专项检查经费-2019.xlsx: a project form (SPEC §8, 廊坊 2019 anomalies)
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { WorkbookSnapshot } from '../src/engine/snapshot';
import { workbookFromSnapshot } from '../test/support/exceljs/write';
import { langfang2019, seedWorkbook } from '../test/fixtures';

export const EXAMPLES: ReadonlyArray<{ file: string; build: () => WorkbookSnapshot }> = [
  { file: '屏边县政务服务管理局-2023.xlsx', build: seedWorkbook },
  { file: '廊坊市应急管理局-安全生产专项检查经费-2019.xlsx', build: langfang2019 },
];

/** A fixed timestamp keeps docProps stable between runs. */
const FIXED_DATE = new Date(Date.UTC(2024, 2, 1));

export async function exampleBytes(build: () => WorkbookSnapshot): Promise<Uint8Array> {
  const workbook = workbookFromSnapshot(ExcelJS, build());
  workbook.creator = 'jixiao';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const worksheet of workbook.worksheets) fitColumns(worksheet);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Column widths from the longest text (CJK counts double), capped so long notes wrap instead. */
function fitColumns(worksheet: Worksheet): void {
  const widths: number[] = [];
  worksheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const text = cell.text ?? '';
      const width = [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
      widths[col] = Math.max(widths[col] ?? 8, Math.min(width + 2, 40));
      if (width > 40) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    });
  });
  widths.forEach((width, col) => {
    if (width) worksheet.getColumn(col).width = width;
  });
}

async function main(): Promise<void> {
  const outDir = process.argv[2] ?? path.join(__dirname, '..', 'examples');
  await fs.mkdir(outDir, { recursive: true });
  for (const example of EXAMPLES) {
    const target = path.join(outDir, example.file);
    await fs.writeFile(target, await exampleBytes(example.build));
    process.stdout.write(`${target}\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
