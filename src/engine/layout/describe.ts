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
const IGNORED_LABEL = /^(序号|编号|备注|说明|是否核心指标|指标类别|指标来源|评价要点|计分方法|数据来源|佐证材料)$/;

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

/** The numbered columns of a funds band (① … ⑧) and the formulas their labels state. */
export function markedColumns(
  grid: FilledGrid,
  band: HeaderBand<FundRole>,
): { marks: Array<{ mark: number; col: number; label: string }>; formulas: FundFormula[] } {
  const marks: Array<{ mark: number; col: number; label: string }> = [];
  const formulas: FundFormula[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const leaf = lowestLabel(grid, band.rows, c);
    if (!leaf) continue;
    const label = grid.raw(leaf.row, leaf.col);
    const parts = headerText(label);
    if (parts.mark === null) continue;
    marks.push({ mark: parts.mark, col: c, label });
    if (parts.formula) {
      const formula = parseFormula(parts.mark, parts.formula, label);
      if (formula) formulas.push(formula);
    }
  }
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
    columns: header.roleByColumn.map(([col, role]) => ({ col, role })),
    fundHeaderRows: funds?.rows ?? [],
    fundColumns: funds ? funds.roleByColumn.map(([col, role]) => ({ col, role })) : [],
    fundFormulas: funds ? markedColumns(grid, funds).formulas : [],
  };
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
): ReadProblem[] {
  const missing = requiredIndicatorRoles(family.family).filter(
    (role) => header.columns[role] === undefined && !(role === 'weight' && header.weightColumns.length > 0),
  );
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
