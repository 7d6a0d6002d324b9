/**
 * What the reader tells about a table's layout: the `layout` record (family, header rows, column roles, the
 * formulas a funds header states) and the problems of its header — a required role that is missing, or a
 * label that names no role. Honest uncertainty (issue 12): one problem per table that names the header texts
 * and says how the table was read, never one per row.
 */
import type { FundFormula, ReadProblem, TableLayout } from '../model';
import type { FilledGrid } from '../read/grid';
import { type HeaderBand, lowestLabel } from './band';
import type { FamilyModule } from './families';
import { headerText } from './header-text';
import {
  type FundRole,
  type IndicatorRole,
  type LayoutFamily,
  indicatorRoleSpec,
  requiredIndicatorRoles,
} from './roles';

/** Labels that name no role on purpose: the reader needs nothing from these columns. */
const IGNORED_LABEL = /^(序号|编号|备注|说明|是否核心指标|指标类别|指标来源|数据来源|佐证材料)$/;

/** The formula of a header label, when it is one the reader can check (④=①+②+③, ⑥=⑤/④, ⑦=④-⑤). */
export function parseFormula(mark: number, formula: string, label: string): FundFormula | null {
  const terms = formula.split(/[+\-/]/).map(Number);
  if (terms.length < 2 || terms.some((t) => !Number.isInteger(t) || t < 1)) return null;
  const ops = formula.replace(/\d+/g, '');
  const text = `${label}`;
  if (/^\++$/.test(ops)) return { mark, label, op: 'sum', terms, text };
  if (ops === '-') return { mark, label, op: 'difference', terms, text };
  if (ops === '/') return { mark, label, op: 'ratio', terms, text };
  return null;
}

/**
 * Forms number only some columns (年初部门预算安排金额 | 历年结余结转 | 年中调整金额③ | 小计④=①+②+③): an unnumbered
 * column between numbered ones takes the number its place gives (one more than its left neighbour's, one less
 * than its right neighbour's), when that number is free.
 */
function inferMarks(
  columns: Array<{ mark: number | null; col: number; label: string }>,
): Array<{ mark: number; col: number; label: string }> {
  if (!columns.some((c) => c.mark !== null)) return [];
  const marks = columns.map((c) => c.mark);
  for (let pass = 0; pass < columns.length; pass++) {
    for (let i = 0; i < marks.length; i++) {
      if (marks[i] !== null) continue;
      const guess =
        i > 0 && marks[i - 1] !== null
          ? marks[i - 1]! + 1
          : i + 1 < marks.length && marks[i + 1] !== null
            ? marks[i + 1]! - 1
            : null;
      if (guess !== null && guess >= 1 && !marks.includes(guess)) marks[i] = guess;
    }
  }
  return columns.flatMap((c, i) =>
    marks[i] === null ? [] : [{ mark: marks[i] as number, col: c.col, label: c.label }],
  );
}

/** The numbered columns of a funds band (① … ⑧) and the formulas their labels state. */
export function markedColumns(
  grid: FilledGrid,
  band: HeaderBand<FundRole>,
): { marks: Array<{ mark: number; col: number; label: string }>; formulas: FundFormula[] } {
  const formulas: FundFormula[] = [];
  // The money/rate columns in order, with the mark their label writes (null when it writes none).
  const columns: Array<{ mark: number | null; col: number; label: string }> = [];
  for (let i = 0; i < band.roleByColumn.length; i++) {
    const c = band.roleByColumn[i][0];
    const leaf = lowestLabel(grid, band.rows, c);
    if (!leaf) continue;
    const label = grid.raw(leaf.row, leaf.col);
    const parts = headerText(label);
    columns.push({ mark: parts.mark, col: c, label });
    if (parts.mark !== null && parts.formula) {
      const formula = parseFormula(parts.mark, parts.formula, label);
      if (formula) formulas.push(formula);
    }
  }
  const marks = inferMarks(columns);
  // Formulas only over columns that are all there.
  const present = new Set(marks.map((m) => m.mark));
  return { marks, formulas: formulas.filter((f) => f.terms.every((t) => present.has(t))) };
}

export function describeLayout(
  grid: FilledGrid,
  family: LayoutFamily,
  header: HeaderBand<IndicatorRole>,
  funds: HeaderBand<FundRole> | null,
): TableLayout {
  return {
    family,
    headerRows: header.rows,
    columns: columnsOf(header),
    fundHeaderRows: funds?.rows ?? [],
    fundColumns: funds ? columnsOf(funds) : [],
    fundFormulas: funds ? markedColumns(grid, funds).formulas : [],
  };
}

/** A band's columns with their roles, left to right (indexed: `([col, role]) =>` walks an iterator per pair). */
function columnsOf<R extends string>(band: HeaderBand<R>): Array<{ col: number; role: R }> {
  return band.roleByColumn.map((pair) => ({ col: pair[0], role: pair[1] }));
}

/**
 * A header's problems: required roles the family lacks (one missingColumn each, as before), or — when the
 * band also holds labels the role table does not know — ONE layoutUncertain problem naming those labels and
 * what was missing, since the unknown label may well be the missing column.
 */
export function layoutProblems(
  grid: FilledGrid,
  sheet: string,
  family: FamilyModule,
  header: HeaderBand<IndicatorRole>,
  blockWeights: ReadonlyArray<{ row: number; col: number; weight: number }> = [],
): ReadProblem[] {
  const missing = requiredIndicatorRoles(family.family).filter(
    (role) => header.columns[role] === undefined && !(role === 'weight' && header.weightColumns.length > 0),
  );
  // No 分值 column, weights only in the block labels (Hubei): read as it is, said once, not as an error.
  if (missing.includes('weight') && blockWeights.length > 0) {
    missing.splice(missing.indexOf('weight'), 1);
    const weightCell = header.columns.score ?? header.right;
    return [
      ...layoutProblems(grid, sheet, family, header).filter(
        (p) => !(p.kind === 'missingColumn' && p.data.column === indicatorRoleSpec('weight').label),
      ),
      {
        kind: 'layoutUncertain',
        sheet,
        cell: grid.anchor(header.rows[0], weightCell),
        data: {
          table: family.title,
          blockWeights: blockWeights.map((b) => b.weight).join('、'),
          headers: '',
          columns: '',
          missing: '',
        },
      },
    ];
  }
  // A score-only grid and a flat list may carry their weights in the labels / a coefficient.
  const unknown = header.unrecognised.filter((u) => !IGNORED_LABEL.test(headerText(u.text).key));
  const cell = grid.anchor(header.rows[0], header.left);
  if (unknown.length === 0) {
    return missing.map((role) => ({
      kind: 'missingColumn',
      sheet,
      cell,
      data: { column: indicatorRoleSpec(role).label, table: family.title },
    }));
  }
  const read = header.roleByColumn.map(([, role]) => indicatorRoleSpec(role).label);
  return [
    {
      kind: 'layoutUncertain',
      sheet,
      cell: grid.anchor(unknown[0].row, unknown[0].col),
      data: {
        headers: unknown.map((u) => `“${u.text.replace(/\s+/g, ' ')}”`).join('、'),
        table: family.title,
        columns: read.join('、'),
        missing: missing.map((role) => indicatorRoleSpec(role).label).join('、'),
      },
    },
  ];
}
