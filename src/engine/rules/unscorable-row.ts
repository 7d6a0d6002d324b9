/**
 * A row carrying 分值 that cannot be scored blocks the computed total (SPEC §4 Totals): say which row and
 * why, at its 得分 cell. The total stays null rather than a partial sum. An actual the reader could not
 * read (an error value, an overflow) is not "empty": unreadable-number reports it at its own cell. A row
 * whose 分值 cannot be read blocks the total the same way (it is not left out of the sum). Why a row has
 * no score comes from the scored model (ScoreStatus); each reason has its own message.
 */
import { hasNegativeAmount, type ScoreStatus } from '../scoring';
import { defineRule, type MessageTemplate } from './define';
import { cellOr, countsInTotal, indicatorLabel, unreadableCellsOn, weightUnreadable } from './support';

type Why =
  | 'funds'
  | 'negativeFunds'
  | 'unreadableFunds'
  | 'unreadableActual'
  | Exclude<ScoreStatus, 'scored' | 'judgment' | 'unweighted'>;

const MESSAGES: Record<Why, MessageTemplate> = {
  funds: {
    zh: '「{{row}}」无法计分：全年预算数或全年执行数为空或为 0，执行率无法计算。因此本表总分无法计算。请补全或更正该行后重新评估。',
    en: '"{{row}}" cannot be scored: the budget or executed amount is empty or 0, so no rate can be computed. The table total cannot be computed until the row is completed or corrected.',
  },
  negativeFunds: {
    zh: '「{{row}}」无法计分：资金金额为负数，执行率无法计算。因此本表总分无法计算。请补全或更正该行后重新评估。',
    en: '"{{row}}" cannot be scored: an amount is negative, so no rate can be computed. The table total cannot be computed until the row is completed or corrected.',
  },
  unreadableFunds: {
    zh: '「{{row}}」无法计分：全年预算数或全年执行数无法读取，执行率无法计算。因此本表总分无法计算。请补全或更正该行后重新评估。',
    en: '"{{row}}" cannot be scored: the budget or executed amount cannot be read, so no rate can be computed. The table total cannot be computed until the row is completed or corrected.',
  },
  unreadableTarget: {
    zh: '「{{row}}」无法计分：指标值无法读取。因此本表总分无法计算。请补全或更正该行后重新评估。',
    en: '"{{row}}" cannot be scored: the target cannot be read. The table total cannot be computed until the row is completed or corrected.',
  },
  unreadableWeight: {
    zh: '「{{row}}」无法计分：分值无法读取。因此本表总分无法计算。请补全或更正该行后重新评估。',
    en: '"{{row}}" cannot be scored: the weight cannot be read. The table total cannot be computed until the row is completed or corrected.',
  },
  missingActual: {
    zh: '「{{row}}」无法计分：实际完成值为空。因此本表总分无法计算。请补全或更正该行后重新评估。',
    en: '"{{row}}" cannot be scored: the actual is empty. The table total cannot be computed until the row is completed or corrected.',
  },
  // The reader found something it cannot read there (#N/A, an overflow); unreadable-number says what, at the cell.
  unreadableActual: {
    zh: '「{{row}}」无法计分：实际完成值无法读取。因此本表总分无法计算。请补全或更正该行后重新评估。',
    en: '"{{row}}" cannot be scored: the actual cannot be read. The table total cannot be computed until the row is completed or corrected.',
  },
  nonNumericActual: {
    zh: '「{{row}}」无法计分：定量指标的实际完成值不是数值。因此本表总分无法计算。请补全或更正该行后重新评估。',
    en: '"{{row}}" cannot be scored: the actual of a quantitative row is not a number. The table total cannot be computed until the row is completed or corrected.',
  },
  unitMismatch: {
    zh: '「{{row}}」无法计分：指标值与实际完成值单位不一致。因此本表总分无法计算。请补全或更正该行后重新评估。',
    en: '"{{row}}" cannot be scored: target and actual units differ. The table total cannot be computed until the row is completed or corrected.',
  },
  nonPositiveTarget: {
    zh: '「{{row}}」无法计分：指标值不大于 0，无法按比例计分。因此本表总分无法计算。请补全或更正该行后重新评估。',
    en: '"{{row}}" cannot be scored: the target is not above 0, so no ratio can be scored. The table total cannot be computed until the row is completed or corrected.',
  },
  noReportedScore: {
    zh: '「{{row}}」无法计分：该项需人工评分，但得分为空或超出分值范围。因此本表总分无法计算。请补全或更正该行后重新评估。',
    en: '"{{row}}" cannot be scored: the row needs a human score and its score is empty or out of range. The table total cannot be computed until the row is completed or corrected.',
  },
};

export default defineRule({
  code: 'unscorable-row',
  severity: 'warning',
  description: '带分值的行无法计分，导致总分无法计算',
  marker: {
    zh: '该行无法计分',
    en: 'the row cannot be scored',
  },
  messages: MESSAGES,
  check({ table, scored, problems, report }) {
    const unreadable = unreadableCellsOn(problems, table.sheet);
    const funds = table.funds;
    if (funds && countsInTotal(funds) && funds.score === null) {
      const why: Why = weightUnreadable(funds)
        ? 'unreadableWeight'
        : unreadable(funds.cells.adjusted) || unreadable(funds.cells.executed)
          ? 'unreadableFunds'
          : hasNegativeAmount(funds)
            ? 'negativeFunds'
            : 'funds';
      report({
        messageId: why,
        cell: cellOr(table, funds.cells.score, funds.cells.rate, funds.cells.label),
        data: { row: funds.label },
      });
    }
    for (let i = 0; i < scored.indicators.length; i++) {
      const { row: ind, score, scoring } = scored.indicators[i];
      if (!countsInTotal(ind) || score !== null) continue;
      if (scoring === 'scored' || scoring === 'judgment' || scoring === 'unweighted') continue;
      const why: Why = scoring === 'missingActual' && unreadable(ind.cells.actual) ? 'unreadableActual' : scoring;
      report({
        messageId: why,
        cell: cellOr(table, ind.cells.score, ind.cells.actual, ind.cells.name),
        data: { row: indicatorLabel(ind) },
      });
    }
  },
});
