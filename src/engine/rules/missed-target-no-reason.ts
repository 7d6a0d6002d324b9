/** A missed target (or a 定性 actual below the top band) needs a 偏差原因 (SPEC §6.4). */
import { defineRule } from './define';
import { cellOr, hasReason, indicatorLabel } from './support';

export default defineRule({
  code: 'missed-target-no-reason',
  severity: 'warning',
  description: '未完成指标值时应填写偏差原因分析及改进措施',
  // The report asks for the missing reason where it would stand (a 待填写), not a 待核实.
  markerScope: 'reason',
  messages: {
    missed: {
      zh: '「{{row}}」实际完成值 {{actual}} 未达到指标值 {{target}}，但偏差原因为空或为占位符。请填写未完成的原因及改进措施。',
      en: '"{{row}}" missed its target ({{actual}} vs {{target}}) but gives no reason. Write why and what will be improved.',
    },
  },
  check({ table, scored, report }) {
    // A layout with no 偏差原因 column (flat lists) has nowhere to write one: asking for it helps nobody.
    if (table.layout && !table.layout.columns.some((column) => column.role === 'reason')) return;
    for (let i = 0; i < scored.indicators.length; i++) {
      const { row: ind, met } = scored.indicators[i];
      // By the values only: a judgment row's typed deduction is deduction-without-reason's business.
      if (met !== false || hasReason(ind.reason)) continue;
      report({
        messageId: 'missed',
        cell: cellOr(table, ind.cells.reason, ind.cells.actual, ind.cells.name),
        data: { row: indicatorLabel(ind), actual: ind.actualText, target: ind.targetText },
      });
    }
  },
});
