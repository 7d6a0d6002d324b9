/**
 * The robustness corpus: hostile, broken and extreme inputs for `jixiao evaluate`, generated into a
 * directory (one sub-directory per case, so a test can see every file the CLI leaves behind).
 *
 *   npx tsx test/corpus/generate.ts <dir>     # write the corpus to look at it by hand
 *
 * Each case says what a correct CLI does with it: `rejected` → exit 2 with one stderr line naming the
 * file; `evaluated` → exit 0/1 with a report (and, where given, findings at the cells that are wrong).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { createRandom, projectWorkbook } from '../../bench/generate';
import { workbookFromSnapshot } from '../support/exceljs/write';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/snapshot';
import { cleanProjectSheet, findCell, instructionsOnly, sheet, withCell, workbook } from '../fixtures';
import { entryContent, entryOf, readEntries, writeZip, zeroBomb, type RawEntry } from '../package/zip-builder';

export interface ExpectedFinding {
  sheet: string;
  cell: string;
}

export interface CorpusCase {
  name: string;
  /** Absolute path of the input file (alone in its own directory). */
  file: string;
  description: string;
  expect: 'rejected' | 'evaluated';
  /** For evaluated cases: the exact exit code when it is certain (0 for clean, 1 for error findings). */
  exitCode?: 0 | 1;
  /** Findings that must be reported at these cells. */
  mustFind?: ExpectedFinding[];
  /** Tables the report must list. */
  tables?: number;
  /** Sheet names the evaluated workbook must keep, with their visibility. */
  sheetsKept?: Array<{ name: string; state: 'visible' | 'hidden' | 'veryHidden' }>;
  /** Hard bounds for hostile inputs: wall time and peak RSS of the CLI process tree. */
  bounds?: { maxMs: number; maxRssBytes: number };
  timeoutMs: number;
}

const CLEAN_SHEET = '项目支出绩效自评表';

function cleanSheet(
  name = CLEAN_SHEET,
  layout: 'fused' | 'split' = 'fused',
  visibility?: SheetSnapshot['visibility'],
): SheetSnapshot {
  const built = cleanProjectSheet({ layout, moneyUnit: '万元', merged: false, sheetName: name });
  return visibility ? { ...built, visibility } : built;
}

async function xlsxBytes(snapshot: WorkbookSnapshot): Promise<Buffer> {
  return Buffer.from(await workbookFromSnapshot(ExcelJS, snapshot).xlsx.writeBuffer());
}

/** A1 address of the cell in `rowLabel`'s row under the column headed `header` (searched from `after`). */
function cellUnder(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  rowLabel: string | RegExp,
  header: string,
  after = 0,
): string {
  const headerCell = findCell(snapshot, sheetName, header, { row: after });
  const row = findCell(snapshot, sheetName, rowLabel, { row: headerCell.row + 1 }).row;
  return `${String.fromCharCode(65 + headerCell.col)}${row + 1}`;
}

/** The first indicator row's cell under `header` in the clean project table. */
function firstIndicatorCell(snapshot: WorkbookSnapshot, sheetName: string, header: string): string {
  const headerRow = findCell(snapshot, sheetName, '三级指标').row;
  const col = findCell(snapshot, sheetName, header, { row: headerRow }).col;
  return `${String.fromCharCode(65 + col)}${headerRow + 2}`;
}

/** Replace numbers written as `<v>sentinel</v>` in the sheet XML of an xlsx by raw text (1E+309, NaN). */
function patchSheetXml(xlsx: Buffer, replacements: Record<string, string>): Buffer {
  const entries = readEntries(xlsx).map((entry): RawEntry => {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name)) return entry;
    let xml = entryContent(entry).toString('utf8');
    for (const [sentinel, raw] of Object.entries(replacements))
      xml = xml.split(`<v>${sentinel}</v>`).join(`<v>${raw}</v>`);
    return entryOf(entry.name, xml);
  });
  return writeZip(entries);
}

/** A compound-file (OLE/CFB) container: header + one directory sector naming the given streams. */
function compoundFile(streamNames: string[], payloadBytes: number, seed: number): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(0x1000, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68); // no DIFAT
  for (let i = 76; i < 512; i += 4) header.writeUInt32LE(0xffffffff, i);
  header.writeUInt32LE(0, 76); // FAT in sector 0
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streamNames].slice(0, 4).forEach((name, index) => {
    const at = index * 128;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(directory, at);
    directory.writeUInt16LE(utf16.length, at + 64);
    directory.writeUInt8(index === 0 ? 5 : 2, at + 66); // root storage / stream
    directory.writeUInt32LE(0xffffffff, at + 68);
    directory.writeUInt32LE(0xffffffff, at + 72);
    directory.writeUInt32LE(index === 0 && streamNames.length ? 1 : 0xffffffff, at + 76);
  });
  const random = createRandom(seed);
  const payload = Buffer.alloc(payloadBytes);
  for (let i = 0; i < payload.length; i++) payload[i] = Math.floor(random() * 256);
  return Buffer.concat([header, fat, directory, payload]);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Generate every case into `root`; returns them in a stable order. */
export async function generateCorpus(root: string): Promise<CorpusCase[]> {
  const cases: CorpusCase[] = [];
  const add = (
    spec: Omit<CorpusCase, 'file' | 'timeoutMs'> & { timeoutMs?: number },
    fileName: string,
    bytes: Uint8Array,
  ) => {
    const dir = path.join(root, spec.name);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, fileName);
    writeFileSync(file, bytes);
    cases.push({ timeoutMs: 30_000, ...spec, file });
  };

  const clean = workbook(cleanSheet());
  const cleanBytes = await xlsxBytes(clean);

  // --- control: a clean table must pass, so the harness itself is checked ---
  add(
    { name: 'control-clean', description: 'a clean project table', expect: 'evaluated', exitCode: 0, tables: 1 },
    '干净的自评表.xlsx',
    cleanBytes,
  );

  // --- files that are not workbooks ---
  const random = createRandom(20231);
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(random() * 256);
  add(
    { name: 'random-bytes', description: '4 KiB of random bytes named .xlsx', expect: 'rejected' },
    '随机字节.xlsx',
    noise,
  );
  add({ name: 'zero-bytes', description: 'a 0-byte file', expect: 'rejected' }, '空文件.xlsx', Buffer.alloc(0));
  add(
    { name: 'not-xlsx-zip', description: 'a zip without xl/workbook.xml (a renamed .docx)', expect: 'rejected' },
    '其实是文档.xlsx',
    writeZip([entryOf('[Content_Types].xml', '<Types/>'), entryOf('word/document.xml', '<w:document/>')]),
  );
  for (const [label, cut] of [
    ['head', 30],
    ['half', Math.floor(cleanBytes.length / 2)],
    ['90pct', Math.floor(cleanBytes.length * 0.9)],
    ['last-byte', cleanBytes.length - 1],
  ] as const) {
    add(
      {
        name: `truncated-${label}`,
        description: `a valid .xlsx cut at byte ${cut} of ${cleanBytes.length}`,
        expect: 'rejected',
      },
      `截断-${label}.xlsx`,
      cleanBytes.subarray(0, cut),
    );
  }
  add(
    {
      name: 'encrypted',
      description: 'a password-protected workbook (CFB with EncryptionInfo/EncryptedPackage)',
      expect: 'rejected',
    },
    '有密码.xlsx',
    compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'], 8192, 7),
  );
  add(
    {
      name: 'legacy-xls',
      description: 'an Excel 97-2003 workbook renamed .xlsx (CFB with a Workbook stream)',
      expect: 'rejected',
    },
    '旧版.xlsx',
    compoundFile(['Workbook', '\u0005SummaryInformation'], 4096, 8),
  );
  const cleanEntries = readEntries(cleanBytes);
  const corruptXml = cleanEntries.map((entry) =>
    entry.name === 'xl/workbook.xml' ? entryOf(entry.name, '<workbook><sheets><sheet name=') : entry,
  );
  add(
    { name: 'corrupt-workbook-xml', description: 'xl/workbook.xml is not XML', expect: 'rejected' },
    '损坏.xlsx',
    writeZip(corruptXml),
  );

  // --- zip bombs: tiny files that inflate to 2 GiB; must be refused without inflating past a limit ---
  const bomb = zeroBomb(2 * 1024 ** 3);
  const sheetEntry = 'xl/worksheets/sheet1.xml';
  const withBomb = (declared: number) =>
    writeZip(
      cleanEntries.map((entry) =>
        entry.name === sheetEntry
          ? { name: entry.name, method: 8, data: bomb, crc: 0, uncompressedSize: declared }
          : entry,
      ),
    );
  const bombBounds = { maxMs: 15_000, maxRssBytes: 512 * 1024 ** 2 };
  add(
    {
      name: 'zip-bomb-declared',
      description: `sheet1.xml declares and inflates to 2 GiB (${(bomb.length / 1024 ** 2).toFixed(1)} MiB compressed)`,
      expect: 'rejected',
      bounds: bombBounds,
    },
    '压缩炸弹.xlsx',
    withBomb(2 * 1024 ** 3),
  );
  add(
    {
      name: 'zip-bomb-lying',
      description: 'sheet1.xml declares 4 KiB but inflates to 2 GiB',
      expect: 'rejected',
      bounds: bombBounds,
    },
    '压缩炸弹-谎报大小.xlsx',
    withBomb(4096),
  );

  // --- workbooks with bad cells: readable, so findings at the cells ---
  const executedCell = cellUnder(clean, CLEAN_SHEET, '年度资金总额', '全年执行数');
  const adjustedCell = cellUnder(clean, CLEAN_SHEET, '年度资金总额', '全年预算数');
  const scoreCell = firstIndicatorCell(clean, CLEAN_SHEET, '得分');
  const weightCell = firstIndicatorCell(clean, CLEAN_SHEET, '分值');
  const secondWeightCell = weightCell.replace(/\d+$/, (row) => String(Number(row) + 1));
  const actualCell = firstIndicatorCell(clean, CLEAN_SHEET, '实际完成值');

  let errors = withCell(clean, CLEAN_SHEET, executedCell, '#DIV/0!', { formula: `=${adjustedCell}/0` });
  errors = withCell(errors, CLEAN_SHEET, scoreCell, '#REF!', { formula: '=#REF!*1' });
  // A lookup that found nothing: #N/A in a 实际完成值 (the second indicator row).
  const secondActualCell = actualCell.replace(/\d+$/, (row) => String(Number(row) + 1));
  errors = withCell(errors, CLEAN_SHEET, secondActualCell, '#N/A', { formula: '=VLOOKUP(C14,明细!A:B,2,FALSE)' });
  add(
    {
      name: 'formula-errors',
      description:
        `#DIV/0! in 全年执行数 (${executedCell}), #REF! in 得分 (${scoreCell}) and #N/A in 实际完成值 ` +
        `(${secondActualCell}), as cached formula results`,
      expect: 'evaluated',
      mustFind: [
        { sheet: CLEAN_SHEET, cell: executedCell },
        { sheet: CLEAN_SHEET, cell: scoreCell },
        { sheet: CLEAN_SHEET, cell: secondActualCell },
      ],
    },
    '公式错误.xlsx',
    await xlsxBytes(errors),
  );

  let text = withCell(clean, CLEAN_SHEET, adjustedCell, '四十八万');
  text = withCell(text, CLEAN_SHEET, weightCell, '十五分');
  add(
    {
      name: 'text-in-numbers',
      description: `text in 全年预算数 (${adjustedCell}: 四十八万) and 分值 (${weightCell}: 十五分)`,
      expect: 'evaluated',
      exitCode: 1,
      mustFind: [
        { sheet: CLEAN_SHEET, cell: adjustedCell },
        { sheet: CLEAN_SHEET, cell: weightCell },
      ],
    },
    '数字写成文字.xlsx',
    await xlsxBytes(text),
  );

  let extreme = withCell(clean, CLEAN_SHEET, adjustedCell, 1e300);
  extreme = withCell(extreme, CLEAN_SHEET, executedCell, -45.6);
  extreme = withCell(extreme, CLEAN_SHEET, actualCell, 1e20);
  extreme = withCell(extreme, CLEAN_SHEET, secondWeightCell, -5);
  add(
    {
      name: 'huge-and-negative',
      description: `全年预算数 1e300, 全年执行数 −45.6, 实际完成值 1e20, 分值 −5 (${secondWeightCell})`,
      expect: 'evaluated',
      exitCode: 1,
    },
    '极端数值.xlsx',
    await xlsxBytes(extreme),
  );

  // A percent cell holds a fraction; 1e307 in points overflows to Infinity (a crash in the value grammar once).
  const split = workbook(cleanSheet(CLEAN_SHEET, 'split'));
  const splitActualCell = firstIndicatorCell(split, CLEAN_SHEET, '实际完成值');
  add(
    {
      name: 'huge-percent-cell',
      description: `实际完成值 ${splitActualCell} = 1e307 with format 0.00% (1e309 percent points)`,
      expect: 'evaluated',
      mustFind: [{ sheet: CLEAN_SHEET, cell: splitActualCell }],
    },
    '超大百分比.xlsx',
    await xlsxBytes(withCell(split, CLEAN_SHEET, splitActualCell, 1e307, { format: '0.00%' })),
  );

  // exceljs parses <v>1E+309</v> as Infinity and <v>NaN</v> as NaN: only a crafted file has them.
  const sentinelExecuted = 987654321.25;
  const sentinelScore = 123456789.5;
  let sentinels = withCell(clean, CLEAN_SHEET, executedCell, sentinelExecuted);
  sentinels = withCell(sentinels, CLEAN_SHEET, scoreCell, sentinelScore);
  add(
    {
      name: 'non-finite-numbers',
      description: `crafted <v>1E+309</v> (Infinity) in 全年执行数 ${executedCell} and <v>NaN</v> in 得分 ${scoreCell}`,
      expect: 'evaluated',
      mustFind: [
        { sheet: CLEAN_SHEET, cell: executedCell },
        { sheet: CLEAN_SHEET, cell: scoreCell },
      ],
    },
    '溢出数值.xlsx',
    patchSheetXml(await xlsxBytes(sentinels), { [String(sentinelExecuted)]: '1E+309', [String(sentinelScore)]: 'NaN' }),
  );

  // --- big and odd workbooks ---
  const ledgerRows: CellValue[][] = [['资金支出明细'], ['日期', '摘要', '金额（元）', '经办人', '备注']];
  for (let i = 0; i < 10_000; i++) {
    ledgerRows.push([
      `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      `支出事项${i + 1}`,
      Math.round(random() * 1e6) / 100,
      `经办人${i % 37}`,
      i % 10 === 0 ? '含税' : null,
    ]);
  }
  add(
    {
      name: 'ten-thousand-rows',
      description: 'a clean table plus a 10 000-row spending ledger sheet',
      expect: 'evaluated',
      exitCode: 0,
      tables: 1,
      timeoutMs: 90_000,
    },
    '一万行.xlsx',
    await xlsxBytes(workbook(cleanSheet(), sheet('资金支出明细', ledgerRows))),
  );
  add(
    {
      name: 'sheets-255',
      description: '255 project sheets (3 indicators each)',
      expect: 'evaluated',
      tables: 255,
      timeoutMs: 90_000,
    },
    '255个工作表.xlsx',
    await xlsxBytes(projectWorkbook(255, 3, 5)),
  );

  const oddNames = ["项目'甲'表", '项目【一】(2023)', "O'Neil & 项目 #2", '绩效自评表（第3页）— 附件'];
  add(
    {
      name: 'odd-sheet-names',
      description: `clean tables on sheets named ${oddNames.join(' / ')}`,
      expect: 'evaluated',
      exitCode: 0,
      tables: oddNames.length,
      sheetsKept: oddNames.map((name) => ({ name, state: 'visible' as const })),
    },
    '特殊表名.xlsx',
    await xlsxBytes(workbook(...oddNames.map((name, i) => cleanSheet(name, i % 2 ? 'split' : 'fused')))),
  );

  const hiddenSheets = [
    { name: '可见项目', state: 'visible' as const },
    { name: '隐藏项目', state: 'hidden' as const },
    { name: '深度隐藏项目', state: 'veryHidden' as const },
  ];
  add(
    {
      name: 'hidden-sheets',
      description: 'clean tables on a visible, a hidden and a very-hidden sheet',
      expect: 'evaluated',
      sheetsKept: hiddenSheets,
    },
    '隐藏工作表.xlsx',
    await xlsxBytes(workbook(...hiddenSheets.map(({ name, state }) => cleanSheet(name, 'fused', state)))),
  );

  add(
    { name: 'no-tables', description: 'a workbook with instructions only, no table', expect: 'rejected' },
    '只有说明.xlsx',
    await xlsxBytes(instructionsOnly()),
  );

  return cases;
}

if (require.main === module) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: npx tsx test/corpus/generate.ts <dir>');
    process.exit(2);
  }
  generateCorpus(path.resolve(target)).then((cases) => {
    for (const c of cases)
      console.log(`${c.expect.padEnd(9)} ${path.relative(process.cwd(), c.file)} — ${c.description}`);
  });
}
