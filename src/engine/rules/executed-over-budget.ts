/** 全年执行数 > 全年预算数: money spent beyond the adjusted budget. */
import { differenceAtMost } from '../decimal';
import { defineRule } from './define';
import { formatNumber, formatRate } from './support';

export default defineRule({
  code: 'executed-over-budget',
  severity: 'warning',
  description: '全年执行数不应超过全年预算数',
  marker: {
    zh: '执行数超过预算数',
    en: 'executed above budget',
  },
  messages: {
    overBudget: {
      zh: '「{{line}}」全年执行数 {{executed}} 超过全年预算数 {{adjusted}}（执行率 {{rate}}）。请核对金额，或确认预算调整后的全年预算数已填写。',
      en: '"{{line}}" executed {{executed}}, more than its full-year budget {{adjusted}} (rate {{rate}}). Check the amounts or fill in the adjusted budget.',
    },
  },
  check({ fundLines, profile, report }) {
    for (let i = 0; i < fundLines.length; i++) {
      const line = fundLines[i];
      if (line.executed === null || line.adjusted === null || line.adjusted <= 0) continue;
      if (differenceAtMost(line.executed, line.adjusted, profile.sumTolerancePerPart)) continue;
      const cell = line.cells.executed ?? line.cells.label;
      if (!cell) continue;
      report({
        messageId: 'overBudget',
        cell,
        data: {
          line: line.label,
          executed: formatNumber(line.executed),
          adjusted: formatNumber(line.adjusted),
          rate: line.rate !== null ? formatRate(line.rate) : '—',
        },
      });
    }
  },
});
