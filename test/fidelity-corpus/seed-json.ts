/**
 * Writes seed.json — the seed 自评表 (test/fixtures/seed.ts) as plain cells — for generate.py, so the
 * corpus workbooks made by openpyxl and LibreOffice hold the same tables as our fixtures.
 *   npx tsx test/fidelity-corpus/seed-json.ts && npx prettier --write test/fidelity-corpus/seed.json
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { seedWorkbook } from '../fixtures/seed';

const snapshot = seedWorkbook();
const sheets = snapshot.sheets.map((sheet) => ({
  name: sheet.name,
  merges: sheet.merges,
  cells: sheet.values.flatMap((line, row) =>
    (line ?? []).flatMap((value, col) =>
      value === null || value === undefined
        ? []
        : [{ row, col, value, format: sheet.numberFormats?.[row]?.[col] ?? null }],
    ),
  ),
}));
writeFileSync(path.join(__dirname, 'seed.json'), `${JSON.stringify({ sheets })}\n`);
