/** The Excel host with the real engine, Excel and Office provided by the stub on the global object. */
import { toA1 } from '../../src/engine/a1';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { FINDINGS_SHEET_NAME, REPORT_SHEET_NAME } from '../../src/engine/model';
import { createExcelHost } from '../../src/excel';
import { FakeWorkbook } from '../fakes/excel-fake';
import { installOfficeStub } from '../fakes/office-stub';
import { cleanProjectSplit, cloneWorkbook, seedMergedWorkbook, seedWorkbook, withCell } from '../fixtures';

describe('createExcelHost() with the real engine', () => {
  let uninstall: (() => void) | null = null;
  afterEach(() => {
    uninstall?.();
    uninstall = null;
  });

  it.each([
    ['seed', seedWorkbook],
    ['seed moved off A1 with merges', seedMergedWorkbook],
  ])(
    'evaluates the %s workbook as the engine does on the snapshot, writes the plan, and undoes it',
    async (_, build) => {
      const fake = FakeWorkbook.fromSnapshot(build());
      const before = fake.dump();
      uninstall = installOfficeStub(globalThis, fake, { displayLanguage: 'zh-CN' });
      const host = createExcelHost();
      expect(host.kind).toBe('excel');

      const { evaluation } = await host.evaluate();
      const direct = evaluateWorkbook(build());
      expect(evaluation.findings).toEqual(direct.findings);
      expect(evaluation.writePlan).toEqual(direct.writePlan);
      expect(evaluation.writePlan.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([REPORT_SHEET_NAME]));

      for (const write of evaluation.writePlan.cells) {
        const cell = fake.cell(write.sheet, write.cell);
        if (write.formula) expect(cell.formula).toBe(write.formula);
        else expect(cell.value).toBe(write.value);
        if (write.numberFormat) expect(cell.numberFormat).toBe(write.numberFormat);
      }
      for (const generated of evaluation.writePlan.sheets) {
        const written = fake.toSnapshot().sheets.find((s) => s.name === generated.name);
        expect(written).toBeDefined();
        generated.rows.forEach((row, r) =>
          row.forEach((cell, c) => expect(written?.values[r]?.[c] ?? null).toBe(cell.value === '' ? null : cell.value)),
        );
      }

      await host.undo();
      expect(fake.dump()).toEqual(before);
    },
  );

  it('evaluates a table on a hidden sheet as the CLI does (the engine alone skips very hidden sheets)', async () => {
    // The seed's 单位自评表 hidden, and a very hidden copy of it (template data the engine must skip).
    const build = () => {
      const snapshot = seedWorkbook();
      const hiddenTable = snapshot.sheets[1];
      hiddenTable.visibility = 'hidden';
      snapshot.sheets.push({ ...cloneWorkbook(snapshot).sheets[1], name: '模板', visibility: 'veryHidden' });
      return snapshot;
    };
    const hiddenName = build().sheets[1].name;
    const fake = FakeWorkbook.fromSnapshot(build());
    uninstall = installOfficeStub(globalThis, fake, { displayLanguage: 'zh-CN' });
    const host = createExcelHost();

    const { evaluation } = await host.evaluate();
    const direct = evaluateWorkbook(build());
    expect(evaluation.findings).toEqual(direct.findings);
    expect(evaluation.tables.map((table) => table.sheet)).toEqual(direct.tables.map((table) => table.sheet));
    expect(evaluation.writePlan).toEqual(direct.writePlan);
    // Not vacuous: the hidden sheet's table is evaluated and has findings; the very hidden copy does not.
    expect(direct.tables.map((table) => table.sheet)).toContain(hiddenName);
    expect(direct.findings.some((finding) => finding.sheet === hiddenName)).toBe(true);
    expect(direct.findings.some((finding) => finding.sheet === '模板')).toBe(false);

    // Going to a finding there selects nothing and says the sheet is hidden.
    const onHidden = evaluation.findings.find((finding) => finding.sheet === hiddenName)!;
    await expect(host.goTo(onHidden.sheet, onHidden.cell)).rejects.toMatchObject({ reason: 'goToHidden' });
    expect(fake.sheet(hiddenName).visibility).toBe('hidden');
  });

  it('fills blanked computed cells so that a re-run on the written workbook plans nothing', async () => {
    const original = cleanProjectSplit();
    const [table] = evaluateWorkbook(original).tables;
    const blankedCells = [table.funds!.cells.rate!, table.funds!.cells.score!, table.cells.total!];
    let snapshot = cloneWorkbook(original);
    for (const cell of blankedCells)
      snapshot = withCell(snapshot, table.sheet, toA1(cell.row, cell.col), null, { format: null });
    const plan = evaluateWorkbook(snapshot).writePlan;
    expect(plan.cells.length).toBe(blankedCells.length);
    // Excel would calculate the written formulas; the fake takes the plan's cached results.
    const planned = new Map(plan.cells.map((w) => [`${w.sheet}!${w.cell}`, w.value]));
    const fake = FakeWorkbook.fromSnapshot(snapshot, {
      calculate: (_formula, where) => planned.get(`${where.sheet}!${where.address}`) ?? null,
    });
    uninstall = installOfficeStub(globalThis, fake, { displayLanguage: 'zh-CN' });

    const { evaluation } = await createExcelHost().evaluate();
    expect(evaluation.writePlan.cells.map((w) => w.cell).sort()).toEqual(
      blankedCells.map((cell) => toA1(cell.row, cell.col)).sort(),
    );
    const rate = evaluation.writePlan.cells.find((w) => w.purpose === 'executionRate')!;
    expect(fake.cell(table.sheet, rate.cell)).toMatchObject({ formula: rate.formula, numberFormat: '0.00%' });
    expect(evaluateWorkbook(fake.toSnapshot()).writePlan.cells).toEqual([]);
  });

  it('takes the message language from Office.context.displayLanguage', async () => {
    const fake = FakeWorkbook.fromSnapshot(seedWorkbook());
    fake.protected = true; // workbook structure: the generated sheets cannot be added
    const before = fake.dump();
    uninstall = installOfficeStub(globalThis, fake, { displayLanguage: 'en-US' });
    await expect(createExcelHost().evaluate()).rejects.toThrow(
      `The workbook structure is protected, so the sheet(s) “${REPORT_SHEET_NAME}, ${FINDINGS_SHEET_NAME}” cannot be added or replaced.`,
    );
    expect(fake.dump()).toEqual(before);
  });

  it('runs on ExcelApi 1.7 without merge queries: the engine sees the sheets without merges', async () => {
    const fake = FakeWorkbook.fromSnapshot(seedMergedWorkbook());
    const before = fake.dump();
    uninstall = installOfficeStub(globalThis, fake, { excelApi: '1.7' });
    const host = createExcelHost();
    const { evaluation } = await host.evaluate();
    const withoutMerges = seedMergedWorkbook();
    for (const sheet of withoutMerges.sheets) sheet.merges = [];
    expect(evaluation.findings).toEqual(evaluateWorkbook(withoutMerges).findings);
    await host.undo();
    expect(fake.dump()).toEqual(before);
  });
});
