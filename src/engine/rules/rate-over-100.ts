/** Rates that by definition cannot exceed 100% (利用率, 办结率, 满意度, 政府采购执行率, 合格率, …). */
import { defineRule } from './define';
import { cellOr, indicatorLabel } from './support';

const CAPPED_RATE = /利用率|办结率|满意度|满意率|政府采购执行率|合格率|达标率|及时率|到位率|覆盖率|知晓率|公开率/;

export default defineRule({
  code: 'rate-over-100',
  severity: 'warning',
  description: '按定义不应超过 100% 的比率（利用率、办结率、满意度、政府采购执行率等）超过了 100%',
  marker: {
    zh: '该比率按定义不应超过100%',
    en: 'this rate cannot exceed 100% by definition',
  },
  messages: {
    overHundred: {
      zh: '「{{row}}」实际完成值为 {{actual}}，超过 100%，而该比率按定义不应超过 100%。请核对分子、分母（如实际采购金额与采购预算）后更正。',
      en: '"{{row}}" reads {{actual}}, above 100%, which this rate cannot exceed by definition. Check its numerator and denominator and correct it.',
    },
  },
  check({ table, report }) {
    for (let i = 0; i < table.indicators.length; i++) {
      const ind = table.indicators[i];
      if (typeof ind.actual !== 'number' || ind.actual <= 100) continue;
      if (ind.actualUnit !== '%' && !(ind.actualUnit === null && ind.unit === '%')) continue;
      if (!CAPPED_RATE.test(ind.name)) continue; // the name last: the one test that reads text
      report({
        messageId: 'overHundred',
        cell: cellOr(table, ind.cells.actual, ind.cells.name),
        data: { row: indicatorLabel(ind), actual: ind.actualText },
      });
    }
  },
});
