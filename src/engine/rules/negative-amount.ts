/**
 * A negative 年初预算数 / 全年预算数 / 全年执行数 on a fund line is almost always a typing or sign error
 * (a refund booked as a minus). Say so at the cell; scoring computes no 执行率 from it and the write plan
 * writes none.
 */
import { defineRule } from './define';
import { formatNumber } from './support';

const COLUMNS = [
  { column: 'initial', messageId: 'negativeInitial' },
  { column: 'adjusted', messageId: 'negativeAdjusted' },
  { column: 'executed', messageId: 'negativeExecuted' },
] as const;

export default defineRule({
  code: 'negative-amount',
  severity: 'warning',
  description: '资金金额不应为负数（负数金额不计算执行率）',
  marker: {
    zh: '金额为负数',
    en: 'a negative amount',
  },
  messages: {
    negativeInitial: {
      zh: '「{{line}}」的年初预算数为 {{amount}}，是负数。请核对金额及正负号；在更正前不计算该行的执行率。',
      en: 'The initial budget of "{{line}}" is {{amount}}, a negative amount. Check the amount and its sign; no execution rate is computed for the line until it is corrected.',
    },
    negativeAdjusted: {
      zh: '「{{line}}」的全年预算数为 {{amount}}，是负数。请核对金额及正负号；在更正前不计算该行的执行率。',
      en: 'The full-year budget of "{{line}}" is {{amount}}, a negative amount. Check the amount and its sign; no execution rate is computed for the line until it is corrected.',
    },
    negativeExecuted: {
      zh: '「{{line}}」的全年执行数为 {{amount}}，是负数。请核对金额及正负号；在更正前不计算该行的执行率。',
      en: 'The amount executed on "{{line}}" is {{amount}}, a negative amount. Check the amount and its sign; no execution rate is computed for the line until it is corrected.',
    },
  },
  check({ fundLines, report }) {
    // Indexed loops: a for…of allocates an iterator result per step in a cold run's interpreter.
    for (let i = 0; i < fundLines.length; i++) {
      const line = fundLines[i];
      for (let k = 0; k < COLUMNS.length; k++) {
        const { column, messageId } = COLUMNS[k];
        const amount = line[column];
        const cell = line.cells[column];
        if (amount === null || amount >= 0 || !cell) continue;
        report({ messageId, cell, data: { line: line.label, amount: formatNumber(amount) } });
      }
    }
  },
});
