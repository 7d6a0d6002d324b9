/** Template rows left in: 指标1, 指标2, …… (廊坊 2019). */
import { defineRule } from './define';
import { cellOr, formatNumber, hasWeight, isPlaceholderName } from './support';

export default defineRule({
  code: 'placeholder-row',
  severity: 'warning',
  description: '表中残留模板占位行（指标1、……）',
  marker: {
    zh: '模板占位行，未填写指标',
    en: 'a template row with no indicator',
  },
  messages: {
    placeholder: {
      zh: '第 {{rowNumber}} 行的指标名称为“{{name}}”，是模板占位行。请填写实际的指标名称、指标值和完成值，或删除该行。',
      en: 'Row {{rowNumber}} is named "{{name}}", a template placeholder. Fill in a real indicator or delete the row.',
    },
    weightedPlaceholder: {
      zh: '第 {{rowNumber}} 行的指标名称为“{{name}}”，是模板占位行。请填写实际的指标名称、指标值和完成值，或删除该行（该行带有分值 {{weight}}，删除后请调整其他指标分值）。',
      en: 'Row {{rowNumber}} is named "{{name}}", a template placeholder. Fill in a real indicator or delete the row (it carries a weight of {{weight}}: rebalance the other weights).',
    },
  },
  check({ table, report }) {
    for (let i = 0; i < table.indicators.length; i++) {
      const ind = table.indicators[i];
      if (!ind.name || !isPlaceholderName(ind.name)) continue;
      const data = { rowNumber: ind.row + 1, name: ind.name };
      report({
        messageId: hasWeight(ind.weight) ? 'weightedPlaceholder' : 'placeholder',
        cell: cellOr(table, ind.cells.name),
        data: hasWeight(ind.weight) ? { ...data, weight: formatNumber(ind.weight) } : data,
      });
    }
  },
});
