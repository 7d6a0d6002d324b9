/**
 * One way to tell fund lines apart: the reader's `group`, asked through `fundLineGroup` by derived rates,
 * rules and the narrative. The seed's key task "政务局工作经费(非财政拨款收入-本级横向)" names 财政拨款 but is
 * read from the key-task block, so it is a task everywhere.
 */
import { computeDerivedRates } from '../../../src/engine/derived';
import { evaluateWorkbook } from '../../../src/engine/evaluate';
import type { FundLine, Table } from '../../../src/engine/model';
import { budgetParts, keyTasks } from '../../../src/engine/narrative/facts';
import { fundLineGroup, fundsBlockLabelGroup, isKeyTask, readWorkbook } from '../../../src/engine/read';
import { toA1 } from '../../../src/engine/a1';
import { SEED_DEPARTMENT_SHEET, seedWorkbook } from '../../fixtures/seed';
import { findCell, withCell } from '../../fixtures/grid';
import { makeFundLine } from '../rules/tester';

const SEED_TASK = '政务局工作经费(非财政拨款收入-本级横向)';

function departmentTable(tables: readonly Table[]): Table {
  const table = tables.find((t) => t.kind === 'department');
  if (!table) throw new Error('the seed has a department table');
  return table;
}

function seedTaskLine(table: Table, label = SEED_TASK): FundLine {
  const line = table.fundLines.find((l) => l.label === label);
  if (!line) throw new Error(`no fund line ${label}`);
  return line;
}

/** The seed with the task's label replaced (same row, key-task block). */
function seedWithTaskLabel(label: string) {
  const seed = seedWorkbook();
  return withCell(seed, SEED_DEPARTMENT_SHEET, findCell(seed, SEED_DEPARTMENT_SHEET, SEED_TASK).a1, label);
}

describe('fund line groups', () => {
  const evaluation = evaluateWorkbook(seedWorkbook());
  const department = departmentTable(evaluation.tables);

  it('reader: the seed task is a task line', () => {
    const line = seedTaskLine(departmentTable(readWorkbook(seedWorkbook()).tables));
    expect(line.group).toBe('task');
    expect(fundLineGroup(line)).toBe('task');
    expect(isKeyTask(line)).toBe(true);
  });

  it('derived: a key task whose label names 上年结转 is not the carried-over balance', () => {
    const label = '上年结转工作经费(非财政拨款收入-本级横向)';
    const table = departmentTable(evaluateWorkbook(seedWithTaskLabel(label)).tables);
    expect(fundLineGroup(seedTaskLine(table, label))).toBe('task');
    expect(computeDerivedRates(table).map((r) => r.name)).not.toContain('结转结余变动率');
    // The same line without the reader's group is classified by its label: a source, and then it counts.
    const withoutGroup = { ...table, fundLines: [makeFundLine(label, [0.88, 0.88, null], { row: 40 })] };
    expect(computeDerivedRates(withoutGroup).map((r) => r.name)).toContain('结转结余变动率');
  });

  it('rules: the seed task is not summed as a funding source and its low execution needs a reason', () => {
    expect(evaluation.findings.filter((f) => f.code === 'sum-mismatch')).toEqual([]);

    // Spend 1.5 of its 3.01 (49.83 %) without a reason: a source would be skipped, a task is reported.
    const line = seedTaskLine(department);
    const executed = line.cells.executed;
    const reason = line.cells.reason;
    if (!executed || !reason) throw new Error('the seed task has 实际支出 and 未完成原因 cells');
    const low = evaluateWorkbook(
      withCell(seedWorkbook(), SEED_DEPARTMENT_SHEET, toA1(executed.row, executed.col), 1.5),
    );
    expect(low.findings.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
    const unexplained = low.findings.filter((f) => f.code === 'low-execution-unexplained' && f.data.line === SEED_TASK);
    expect(unexplained).toEqual([
      expect.objectContaining({ messageId: 'noReason', cell: toA1(reason.row, reason.col), severity: 'warning' }),
    ]);
  });

  it('narrative: the seed task is listed among the key tasks, not among the budget parts', () => {
    expect(keyTasks(department).map((l) => l.label)).toContain(SEED_TASK);
    expect(budgetParts(department).map((l) => l.label)).toEqual(['基本支出', '项目支出']);
    const spending = evaluation.narrative.paragraphs.find((p) =>
      p.text.includes('政务局工作经费(非财政拨款收入-本级横向)'),
    );
    expect(spending?.text).toContain('屏边县政务服务管理局工作经费');
    expect(evaluation.narrative.paragraphs.some((p) => p.text.includes('其中政务局工作经费'))).toBe(false);
  });

  it('lines built without a group are classified by their label, unknown labels as tasks', () => {
    const group = (label: string) => fundLineGroup(makeFundLine(label, [1, 1, 1]));
    expect(group('年度资金总额')).toBe('total');
    expect(group('合计')).toBe('total');
    expect(group('基本支出')).toBe('category');
    expect(group('其中：项目支出')).toBe('category');
    expect(group('其中：当年财政拨款')).toBe('source');
    expect(group('上年结转资金')).toBe('source');
    expect(group('其他资金')).toBe('source');
    expect(group('行政人员支出工资')).toBe('task');
    // The reader's group wins over the label.
    expect(fundLineGroup(makeFundLine(SEED_TASK, [1, 1, 1], { group: 'task' }))).toBe('task');
  });
});

describe('funds-block labels', () => {
  it.each([
    ['年度资金总额', 'total'],
    ['合 计', 'total'],
    ['总额', 'total'],
    ['其中：当年财政拨款', 'source'],
    ['其中:财政资金', 'source'],
    ['财政专户管理资金', 'source'],
    ['单位资金', 'source'],
    ['其他资金', 'source'],
    ['财政资金小计', 'source'],
    ['①中央及省级财政资金', undefined],
    ['②市级财政资金', undefined],
    ['基本支出', 'category'],
  ])('%s → %s', (label, group) => {
    expect(fundsBlockLabelGroup(label)).toBe(group);
  });
});
