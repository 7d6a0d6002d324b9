/**
 * Findings turned into 【待核实：what，Sheet!A1】 markers beside the figure they concern. Each finding is
 * said once, at the first sentence that prints a figure from its cell (or, for a rule whose markerScope is
 * 'table', at the first money figure printed from its table); findings that ask for a missing reason become
 * the 【待填写】 marker of that reason instead (see `reasonCell`). What no sentence prints is counted at the
 * end (`leftover`), so nothing the checks found is lost. The wording of each marker is its rule's `marker`.
 */
import { parseA1, toA1 } from '../a1';
import type { CellPos, Finding, Table } from '../model';
import { RULES } from '../rules';
import type { Rule } from '../rules/define';
import type { NarrativeLocale } from './strings';

const RULE_BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.code, rule]));

/** Findings that say a reason is missing (markerScope 'reason'): the report asks for the reason where it would stand. */
export const REASON_CODES: ReadonlySet<string> = new Set(
  RULES.filter((rule) => rule.markerScope === 'reason').map((rule) => rule.code),
);

/** A rule's 待核实 wording in this locale (rules/<code>.ts `marker`); null for a code without one. */
export function markerWording(code: string, locale: NarrativeLocale): string | null {
  const marker = RULE_BY_CODE.get(code)?.marker;
  return marker ? (locale === 'zh-CN' ? marker.zh : marker.en) : null;
}

function inside(table: Table, cell: string): boolean {
  const { row, col } = parseA1(cell);
  const { top, left, bottom, right } = table.range;
  return row >= top && row <= bottom && col >= left && col <= right;
}

const NONE: readonly Finding[] = [];

/** Adds to the list under `key` (in place: a copy per addition would make many findings quadratic). */
export function append<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

export class CheckMarkers {
  /**
   * Findings by sheet, then by A1 cell. The report asks about thousands of cells and most sheets have no
   * finding, so a lookup usually ends at the sheet, before any cell name is built.
   */
  private readonly bySheet = new Map<string, Map<string, Finding[]>>();
  /** Findings about every amount of a table (markerScope 'table'), by sheet, in report order. */
  private readonly tableScoped = new Map<string, Finding[]>();
  private readonly said = new Set<Finding>();
  private readonly relevant: Finding[];
  /** The relevant findings by table index (undefined: of no table), in report order, for `leftover`. */
  private readonly byTable = new Map<number | undefined, Finding[]>();

  constructor(findings: readonly Finding[]) {
    this.relevant = findings.filter((finding) => finding.severity !== 'info');
    for (const finding of this.relevant) {
      append(this.byTable, finding.table, finding);
      const cells = this.bySheet.get(finding.sheet) ?? new Map<string, Finding[]>();
      this.bySheet.set(finding.sheet, cells);
      append(cells, finding.cell.toUpperCase(), finding);
      if (RULE_BY_CODE.get(finding.code)?.markerScope === 'table') append(this.tableScoped, finding.sheet, finding);
    }
  }

  /**
   * Not-yet-said findings at these cells (reason findings excluded), now marked as said. With `moneyOf`
   * (the figures are amounts of that table) also its findings about every amount (markerScope 'table').
   */
  take(sheet: string, positions: ReadonlyArray<CellPos | undefined>, moneyOf?: Table): readonly Finding[] {
    const scoped = moneyOf ? this.tableScoped.get(moneyOf.sheet) : undefined;
    if (!scoped && !this.bySheet.has(sheet)) return NONE; // the usual case: nothing on this sheet to say
    let out: Finding[] | null = null;
    if (moneyOf && scoped) {
      for (const finding of scoped) {
        if (this.said.has(finding) || !inside(moneyOf, finding.cell)) continue;
        this.said.add(finding);
        (out ??= []).push(finding);
      }
    }
    for (const finding of this.at(sheet, positions)) {
      if (this.said.has(finding) || REASON_CODES.has(finding.code)) continue;
      this.said.add(finding);
      (out ??= []).push(finding);
    }
    return out ?? NONE;
  }

  /** Whether any finding the report may mark is on this sheet. */
  anyOn(sheet: string): boolean {
    return this.bySheet.has(sheet);
  }

  /** Whether a finding says the reason at this cell (or on this row) is missing; marks it as said. */
  takeReason(sheet: string, positions: ReadonlyArray<CellPos | undefined>): boolean {
    let found = false;
    for (const finding of this.at(sheet, positions)) {
      if (!REASON_CODES.has(finding.code)) continue;
      this.said.add(finding);
      found = true;
    }
    return found;
  }

  /** The findings at these cells, position by position (said or not). */
  private at(sheet: string, positions: ReadonlyArray<CellPos | undefined>): readonly Finding[] {
    const cells = this.bySheet.get(sheet);
    if (!cells) return NONE;
    const found: Finding[] = [];
    for (const pos of positions) {
      if (pos) found.push(...(cells.get(toA1(pos.row, pos.col)) ?? NONE));
    }
    return found;
  }

  /** Findings of these tables (or of none, with `unassigned`) no sentence has said. */
  leftover(tables: ReadonlySet<number>, unassigned: boolean): Finding[] {
    // One table (each project report asks about its own): its findings only, not every one of the workbook.
    if (!unassigned && tables.size === 1) {
      for (const table of tables) return (this.byTable.get(table) ?? NONE).filter((finding) => !this.said.has(finding));
    }
    return this.relevant.filter(
      (finding) => !this.said.has(finding) && (finding.table === undefined ? unassigned : tables.has(finding.table)),
    );
  }
}
