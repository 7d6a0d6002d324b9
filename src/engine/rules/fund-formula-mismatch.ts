/**
 * A funds header that states its own formulas (Fujian: 小计④=①+②+③, 支出实现率⑥=⑤/④, 本年度结余金额⑦=④−⑤,
 * 资金结余率⑧=⑦/④): each formula is checked on every line. Amounts agree within the sum tolerance per term; a
 * rate agrees at the decimals its cell shows (SPEC §6.2).
 */
import Big from 'big.js';
import { dec, nearlyEqual, sum } from '../decimal';
import type { FundFormula, FundLine } from '../model';
import { defineRule } from './define';
import { formatNumber, formatRate } from './support';

type Marked = NonNullable<FundLine['marked']>[number];

function evaluateFormula(formula: FundFormula, values: Map<number, number>): Big | null {
  const terms = formula.terms.map((mark) => values.get(mark));
  if (terms.some((term) => term === undefined)) return null;
  const [first, second] = terms as number[];
  if (formula.op === 'sum') return sum(terms as number[]);
  if (formula.op === 'difference') return dec(first).minus(dec(second));
  return second === 0 ? null : dec(first).div(dec(second));
}

function agrees(stated: Marked, computed: Big, formula: FundFormula, tolerancePerPart: number): boolean {
  if (!stated.rate)
    return nearlyEqual(stated.value as number, computed, dec(tolerancePerPart).times(formula.terms.length));
  const places = (stated.decimals ?? 2) + 2;
  return dec(stated.value as number)
    .round(places)
    .eq(computed.round(places, Big.roundHalfUp));
}

export default defineRule({
  code: 'fund-formula-mismatch',
  severity: 'error',
  description: '资金表头列名中写明的公式（如 小计④=①+②+③、支出实现率⑥=⑤/④）在该行不成立',
  marker: {
    zh: '与表头标明的计算公式不符',
    en: 'differs from the formula stated in the header',
  },
  messages: {
    differs: {
      zh: '「{{line}}」的“{{column}}”为 {{stated}}，但按表头公式 {{formula}} 计算为 {{computed}}。请核对该行金额或比率，使其符合表头公式。',
      en: '"{{column}}" of "{{line}}" is {{stated}} but the header formula {{formula}} gives {{computed}}. Correct the amounts or the rate so that the formula holds.',
    },
  },
  check({ table, fundLines, profile, report }) {
    const formulas = table.layout?.fundFormulas ?? [];
    if (formulas.length === 0) return;
    for (const line of fundLines) {
      if (!line.marked) continue;
      const values = new Map(line.marked.filter((m) => m.value !== null).map((m) => [m.mark, m.value as number]));
      for (const formula of formulas) {
        const stated = line.marked.find((m) => m.mark === formula.mark);
        const computed = evaluateFormula(formula, values);
        if (!stated || stated.value === null || computed === null) continue;
        if (agrees(stated, computed, formula, profile.sumTolerancePerPart)) continue;
        const show = (value: number | Big) =>
          stated.rate ? formatRate(value, stated.decimals ?? 2) : formatNumber(value);
        report({
          messageId: 'differs',
          cell: stated.cell,
          data: {
            line: line.label,
            column: formula.label.replace(/\s+/g, ''),
            stated: show(stated.value),
            formula: formula.label.replace(/^[^\u2460-\u2473]*/, '').replace(/\s+/g, ''),
            computed: show(computed),
          },
        });
      }
    }
  },
});
