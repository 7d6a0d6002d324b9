/** Σ分值 = 100 over the funds weight and every indicator weight (SPEC §4, §6.2). */
import { exactSum, nearlyEqual, sum } from '../decimal';
import { defineRule } from './define';
import { cellOr, formatNumber, hasWeight, weightUnreadable } from './support';

export default defineRule({
  code: 'weights-sum',
  severity: 'error',
  description: '各项分值（预算执行率分值与各指标分值）之和应为 100',
  marker: {
    zh: '各项分值之和不等于100',
    en: 'the weights do not add up to 100',
  },
  messages: {
    notHundred: {
      zh: '本表各项分值合计为 {{sum}}，应为 100。请检查各指标的分值（含预算执行率的分值），使合计为 100。',
      en: 'The weights of this table add up to {{sum}} instead of 100. Check each indicator weight (and the budget-execution weight) so that they add up to 100.',
    },
  },
  check({ table, report }) {
    // An unreadable 分值 (said at its cell by unreadable-number) would make any sum here a partial one.
    if (table.indicators.some(weightUnreadable) || (table.funds && weightUnreadable(table.funds))) return;
    const weights: number[] = [];
    for (let i = 0; i < table.indicators.length; i++) {
      const weight = table.indicators[i].weight;
      if (hasWeight(weight)) weights.push(weight);
    }
    if (weights.length === 0) return;
    if (table.funds && hasWeight(table.funds.weight)) weights.push(table.funds.weight);
    const total = exactSum(weights) ?? sum(weights); // a plain number where it is exact
    if (nearlyEqual(total, 100, 0.005)) return;
    report({
      messageId: 'notHundred',
      cell: cellOr(table, table.cells.total, table.cells.title),
      data: { sum: formatNumber(Number(total)) },
    });
  },
});
