/** An actual written with a comparison operator ("≥100%") states a target, not what was achieved. */
import { writtenAsTarget } from '../scoring';
import { defineRule } from './define';
import { cellOr, formatRate, indicatorLabel } from './support';

export { writtenAsTarget };

export default defineRule({
  code: 'actual-written-as-target',
  severity: 'warning',
  description: '实际完成值应填写实际数值，不应带“≥”“≤”等比较符号',
  marker: {
    zh: '实际完成值写成了指标值的形式，应填写具体数值',
    en: 'the actual is written like a target; enter the value reached',
  },
  messages: {
    operatorInActual: {
      zh: '「{{row}}」的实际完成值写成了“{{text}}”，这是指标值的写法。请填写实际达到的具体数值。',
      en: 'The actual of "{{row}}" is written "{{text}}", which is how a target is written. Enter the value actually achieved.',
    },
    operatorInActualComputed: {
      zh: '「{{row}}」的实际完成值写成了“{{text}}”，这是指标值的写法。请填写实际达到的具体数值（按表中数据计算为 {{computed}}）。',
      en: 'The actual of "{{row}}" is written "{{text}}", which is how a target is written. Enter the value actually achieved (computed from the table: {{computed}}).',
    },
  },
  check({ table, report }) {
    for (let i = 0; i < table.indicators.length; i++) {
      const ind = table.indicators[i];
      if (!writtenAsTarget(ind.actualText)) continue;
      const derived = table.derivedRates.find(
        (rate) =>
          rate.statedAt &&
          ind.cells.actual &&
          rate.statedAt.row === ind.cells.actual.row &&
          rate.statedAt.col === ind.cells.actual.col,
      );
      const data = { row: indicatorLabel(ind), text: ind.actualText };
      report({
        messageId: derived ? 'operatorInActualComputed' : 'operatorInActual',
        cell: cellOr(table, ind.cells.actual, ind.cells.name),
        data: derived ? { ...data, computed: formatRate(derived.value) } : data,
      });
    }
  },
});
