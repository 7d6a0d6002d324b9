/**
 * Derived 53号 rates (SPEC §5), computed where the workbook states their inputs (staff block, fund lines,
 * key tasks), and matched by name to the score-grid row that states the rate (its 实际完成值 cell).
 *
 * Where a rate lands: each department table gets every rate its own inputs give (with `statedAt` when one
 * of its own rows states it); a score grid of the same unit that states the rate gets a copy with
 * `statedAt` on its row, so the derived-rate-mismatch rule compares it there. Rates without inputs are absent.
 *
 * Not derived: 重点支出安排率 (which lines are 重点 is not on the sheet: the seed lists all 13 spending items as
 * key tasks), 支付进度率, 三公经费, 公用经费, 政府采购 (their inputs are not in the tables).
 */
import { dec, divide } from './decimal';
import type { DerivedRate, FundLine, Indicator, Table } from './model';
import { fundLineGroup } from './read/fund-groups';
import { hasNegativeAmount } from './scoring';

export interface DerivedRateDefinition {
  /** Stable id: the rule's message ids are built on it (staffControlDiffers …). */
  id: 'staffControl' | 'budgetCompletion' | 'budgetAdjustment' | 'carryover' | 'carryoverChange';
  /** Each input (as DerivedRate.inputs names it) → its placeholder in the messages. */
  inputKeys: Readonly<Record<string, string>>;
  /** Row names that state this rate. */
  aliases: RegExp;
  /** Provinces define it differently: a mismatch is info, not a warning. */
  definitionVaries?: boolean;
}

/** The 53号 rates; each formula is written out in the derived-rate-mismatch messages (zh-CN and en-US). */
export const DERIVED_RATE_DEFINITIONS: Readonly<Record<string, DerivedRateDefinition>> = {
  在职人员控制率: {
    id: 'staffControl',
    inputKeys: { 在职实有人数: 'actual', 编制数: 'authorized' },
    aliases: /在职人员控制率/,
  },
  预算完成率: {
    id: 'budgetCompletion',
    inputKeys: { 全年执行数: 'executed', 全年预算数: 'adjusted' },
    aliases: /预算完成率|预算执行率/,
  },
  预算调整率: {
    id: 'budgetAdjustment',
    inputKeys: { 全年预算数: 'adjusted', 年初预算数: 'initial' },
    aliases: /预算调整率/,
  },
  结转结余率: {
    id: 'carryover',
    inputKeys: { 全年预算数: 'adjusted', 全年执行数: 'executed' },
    aliases: /结转结余率/,
  },
  结转结余变动率: {
    id: 'carryoverChange',
    inputKeys: { 本年结转结余: 'current', 上年结转结余: 'previous' },
    aliases: /结转结余变动率/,
  },
};

function labelOf(line: FundLine): string {
  return line.label.replace(/\s+/g, '');
}

/** The funding-source line whose label matches (上年结转 …); key tasks are never read as sources. */
function findSource(table: Table, pattern: RegExp): FundLine | undefined {
  return table.fundLines.find((line) => fundLineGroup(line) === 'source' && pattern.test(labelOf(line)));
}

function rate(
  name: string,
  numerator: number | ReturnType<typeof dec>,
  denominator: number,
  inputs: Record<string, number>,
): DerivedRate | null {
  if (denominator <= 0) return null;
  const value = divide(dec(numerator), denominator);
  return value === null ? null : { name, value: Number(value), inputs };
}

/** The rates a department table's own inputs give (no statedAt yet). */
export function computeDerivedRates(table: Table): DerivedRate[] {
  const rates: Array<DerivedRate | null> = [];
  const staff = table.staff;
  if (staff && staff.actual !== null && staff.authorized !== null) {
    rates.push(
      rate('在职人员控制率', staff.actual, staff.authorized, { 在职实有人数: staff.actual, 编制数: staff.authorized }),
    );
  }
  // No rate from a negative amount (negative-amount says so at its cell).
  const total = table.funds && !hasNegativeAmount(table.funds) ? table.funds : null;
  if (total && total.adjusted !== null && total.executed !== null) {
    rates.push(
      rate('预算完成率', total.executed, total.adjusted, { 全年执行数: total.executed, 全年预算数: total.adjusted }),
    );
    rates.push(
      rate('结转结余率', dec(total.adjusted).minus(total.executed), total.adjusted, {
        全年预算数: total.adjusted,
        全年执行数: total.executed,
      }),
    );
    const carriedIn = findSource(table, /上年结转|年初结转/);
    const previous = carriedIn ? (carriedIn.adjusted ?? carriedIn.initial) : null;
    if (previous !== null && previous > 0) {
      const current = dec(total.adjusted).minus(total.executed);
      rates.push(
        rate('结转结余变动率', current.minus(previous), previous, {
          本年结转结余: Number(current),
          上年结转结余: previous,
        }),
      );
    }
  }
  if (total && total.initial !== null && total.adjusted !== null && total.initial > 0) {
    rates.push(
      rate('预算调整率', dec(total.adjusted).minus(total.initial), total.initial, {
        全年预算数: total.adjusted,
        年初预算数: total.initial,
      }),
    );
  }
  return rates.filter((r): r is DerivedRate => r !== null);
}

/** What a row states for a rate: a fraction, or the text when it is not a number ("≥100%"). */
function statedValue(ind: Indicator): number | string | null {
  if (typeof ind.actual === 'number') {
    if (ind.actualUnit === '%' || (ind.actualUnit === null && ind.unit === '%'))
      return Number(dec(ind.actual).div(100));
    return ind.actualUnit === null && Math.abs(ind.actual) <= 1 ? ind.actual : null;
  }
  return typeof ind.actual === 'string' && ind.actual.trim() !== '' ? ind.actual : null;
}

function statingRow(table: Table, name: string): Indicator | undefined {
  const definition = DERIVED_RATE_DEFINITIONS[name];
  return table.indicators.find((ind) => definition.aliases.test(ind.name.replace(/\s+/g, '')) && ind.cells.actual);
}

function sameUnit(a: Table, b: Table): boolean {
  return !a.unitName || !b.unitName || a.unitName === b.unitName;
}

/** Copies of the tables with `derivedRates` filled (SPEC §5). */
export function deriveRates(tables: readonly Table[]): Table[] {
  const added = tables.map(() => [] as DerivedRate[]);
  tables.forEach((source, sourceIndex) => {
    if (source.kind !== 'department') return;
    for (const derived of computeDerivedRates(source)) {
      let statedOnSource = false;
      tables.forEach((target, targetIndex) => {
        const eligible = targetIndex === sourceIndex || (target.kind === 'departmentScore' && sameUnit(source, target));
        if (!eligible) return;
        const row = statingRow(target, derived.name);
        if (!row?.cells.actual) return;
        if (targetIndex === sourceIndex) statedOnSource = true;
        added[targetIndex].push({
          ...derived,
          statedAt: row.cells.actual,
          stated: statedValue(row),
          statedText: row.actualText,
        });
      });
      if (!statedOnSource) added[sourceIndex].push(derived);
    }
  });
  return tables.map((table, index) => ({ ...table, derivedRates: [...table.derivedRates, ...added[index]] }));
}
