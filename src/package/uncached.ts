/**
 * Formulas saved without a cached value: computed with ./formula where they are the forms' arithmetic
 * (in dependency order, across sheets), else listed on the sheet as `uncalculated` so the engine reports
 * them ("recalculate and save in Excel or WPS") instead of reading them as empty.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../engine/snapshot';
import { evaluateFormula, UnsupportedFormula } from './formula';

export function computeUncached(
  snapshot: WorkbookSnapshot,
  uncached: ReadonlyMap<string, ReadonlyArray<{ row: number; col: number }>>,
): void {
  if (uncached.size === 0) return;
  const sheets = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet]));
  const pending = new Set<string>();
  for (const [name, cells] of uncached)
    for (const { row, col } of cells) pending.add(`${name}\u0000${row}\u0000${col}`);
  const failed = new Set<string>();
  const inProgress = new Set<string>();

  const compute = (sheet: SheetSnapshot, row: number, col: number): CellValue => {
    const key = `${sheet.name}\u0000${row}\u0000${col}`;
    if (!pending.has(key)) return sheet.values[row]?.[col] ?? null;
    if (inProgress.has(key)) throw new UnsupportedFormula('circular reference');
    inProgress.add(key);
    try {
      const formula = sheet.formulas?.[row]?.[col] ?? '';
      const value = evaluateFormula(formula, sheet.name, (name, r, c) => {
        const target = sheets.get(name);
        if (!target) throw new UnsupportedFormula(`no sheet ${name}`);
        return compute(target, r, c);
      });
      sheet.values[row][col] = value;
      pending.delete(key);
      return value;
    } catch (error) {
      if (!(error instanceof UnsupportedFormula)) throw error;
      pending.delete(key);
      failed.add(key);
      throw error;
    } finally {
      inProgress.delete(key);
    }
  };

  for (const [name, cells] of uncached) {
    const sheet = sheets.get(name);
    if (!sheet) continue;
    for (const { row, col } of cells) {
      try {
        compute(sheet, row, col);
      } catch (error) {
        if (!(error instanceof UnsupportedFormula)) throw error;
      }
    }
    const left = cells.filter(({ row, col }) => failed.has(`${name}\u0000${row}\u0000${col}`));
    if (left.length > 0) sheet.uncalculated = left.map(({ row, col }) => ({ row, col }));
  }
}
