/** A stated 执行率 must equal 执行数/预算数 at the precision the cell displays ("80%" vs 79.94% is fine). */
import { roundedProduct } from '../decimal';
import { defineRule } from './define';
import { a1, formatRate } from './support';

export default defineRule({
  code: 'rate-mismatch',
  severity: 'error',
  description: '执行率应等于全年执行数÷全年预算数（按单元格显示的小数位比较）',
  marker: {
    zh: '执行率与预算数、执行数不符',
    en: 'the execution rate does not match the amounts',
  },
  messages: {
    rateDiffers: {
      zh: '「{{line}}」的执行率填写为 {{stated}}，但 {{executed}}÷{{adjusted}} = {{computed}}。请改为 {{computed}}，或改用公式 {{formula}}。',
      en: 'The execution rate of "{{line}}" reads {{stated}} but {{executed}} ÷ {{adjusted}} = {{computed}}. Change it to {{computed}} or use the formula {{formula}}.',
    },
  },
  check({ fundLines, report }) {
    for (let i = 0; i < fundLines.length; i++) {
      const line = fundLines[i];
      const { rate, statedRate, cells } = line;
      if (rate === null || statedRate === null || !cells.rate || !cells.executed || !cells.adjusted) continue;
      const decimals = line.statedRateDecimals ?? 2;
      const shown = roundedProduct(statedRate, 100, decimals);
      const computed = roundedProduct(rate, 100, decimals);
      if (shown === computed) continue;
      const formula = `=${a1(cells.executed)}/${a1(cells.adjusted)}`;
      report({
        messageId: 'rateDiffers',
        cell: cells.rate,
        data: {
          line: line.label,
          stated: formatRate(statedRate, decimals),
          computed: formatRate(rate, 2),
          executed: String(line.executed),
          adjusted: String(line.adjusted),
          formula,
        },
        fix: { value: rate, formula, numberFormat: '0.00%' },
      });
    }
  },
});
