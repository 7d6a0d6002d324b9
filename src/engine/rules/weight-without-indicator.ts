/** A row with 分值 but no indicator name: the weight counts toward 100 yet nothing can be scored. */
import { defineRule } from './define';
import { cellOr, formatScore, hasWeight } from './support';

export default defineRule({
  code: 'weight-without-indicator',
  severity: 'warning',
  description: '有分值但没有指标名称的空行',
  marker: {
    zh: '有分值但未填写指标',
    en: 'a weight with no indicator',
  },
  messages: {
    emptyRow: {
      zh: '第 {{rowNumber}} 行没有指标名称，却带有分值 {{weight}}。请补充指标内容，或删除该行并相应调整分值。',
      en: 'Row {{rowNumber}} carries a weight of {{weight}} but names no indicator. Fill in the indicator or delete the row and rebalance the weights.',
    },
  },
  check({ table, report }) {
    for (let i = 0; i < table.indicators.length; i++) {
      const ind = table.indicators[i];
      if (!hasWeight(ind.weight) || ind.name.trim() !== '') continue;
      report({
        messageId: 'emptyRow',
        cell: cellOr(table, ind.cells.weight, ind.cells.name),
        data: { rowNumber: ind.row + 1, weight: formatScore(ind.weight) },
      });
    }
  },
});
