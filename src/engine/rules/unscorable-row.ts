/**
 * A row carrying 分值 that cannot be scored blocks the computed total (SPEC §4 Totals): say which row and
 * why, at its 得分 cell. The total stays null rather than a partial sum. An actual the reader could not
 * read (an error value, an overflow) is not "empty": unreadable-number reports it at its own cell. A row
 * whose 分值 cannot be read blocks the total the same way (it is not left out of the sum).
 */
import type { CellPos } from '../model';
import { scoreIndicator, type ScoreStatus } from '../scoring';
import { defineRule } from './define';
import { cellOr, countsInTotal, indicatorLabel, isUnreadableCell, weightUnreadable } from './support';

type Why =
  'funds' | 'unreadableFunds' | 'unreadableActual' | Exclude<ScoreStatus, 'scored' | 'judgment' | 'unweighted'>;

const WHY: Record<Why, { zh: string; en: string }> = {
  funds: {
    zh: '全年预算数或全年执行数为空或为 0，执行率无法计算',
    en: 'the budget or executed amount is empty or 0, so no rate can be computed',
  },
  unreadableFunds: {
    zh: '全年预算数或全年执行数无法读取，执行率无法计算',
    en: 'the budget or executed amount cannot be read, so no rate can be computed',
  },
  unreadableTarget: { zh: '指标值无法读取', en: 'the target cannot be read' },
  unreadableWeight: { zh: '分值无法读取', en: 'the weight cannot be read' },
  missingActual: { zh: '实际完成值为空', en: 'the actual is empty' },
  // The reader found something it cannot read there (#N/A, an overflow); unreadable-number says what, at the cell.
  unreadableActual: { zh: '实际完成值无法读取', en: 'the actual cannot be read' },
  nonNumericActual: { zh: '定量指标的实际完成值不是数值', en: 'the actual of a quantitative row is not a number' },
  unitMismatch: { zh: '指标值与实际完成值单位不一致', en: 'target and actual units differ' },
  nonPositiveTarget: {
    zh: '指标值不大于 0，无法按比例计分',
    en: 'the target is not above 0, so no ratio can be scored',
  },
  noReportedScore: {
    zh: '该项需人工评分，但得分为空或超出分值范围',
    en: 'the row needs a human score and its score is empty or out of range',
  },
};

export default defineRule({
  code: 'unscorable-row',
  severity: 'warning',
  description: '带分值的行无法计分，导致总分无法计算',
  messages: {
    unscorable: {
      zh: '「{{row}}」无法计分：{{why}}。因此本表总分无法计算。请补全或更正该行后重新评估。',
      en: '"{{row}}" cannot be scored: {{whyEn}}. The table total cannot be computed until the row is completed or corrected.',
    },
  },
  check({ table, profile, problems, report }) {
    const unreadable = (cell: CellPos | undefined) => isUnreadableCell(problems, table.sheet, cell);
    const funds = table.funds;
    if (funds && countsInTotal(funds) && funds.score === null) {
      const why = weightUnreadable(funds)
        ? WHY.unreadableWeight
        : unreadable(funds.cells.adjusted) || unreadable(funds.cells.executed)
          ? WHY.unreadableFunds
          : WHY.funds;
      report({
        messageId: 'unscorable',
        cell: cellOr(table, funds.cells.score, funds.cells.rate, funds.cells.label),
        data: { row: funds.label, why: why.zh, whyEn: why.en },
      });
    }
    for (const ind of table.indicators) {
      if (!countsInTotal(ind)) continue;
      const result = scoreIndicator(ind, profile, table.kind);
      if (
        result.score !== null ||
        result.status === 'scored' ||
        result.status === 'judgment' ||
        result.status === 'unweighted'
      )
        continue;
      const why =
        WHY[result.status === 'missingActual' && unreadable(ind.cells.actual) ? 'unreadableActual' : result.status];
      report({
        messageId: 'unscorable',
        cell: cellOr(table, ind.cells.score, ind.cells.actual, ind.cells.name),
        data: { row: indicatorLabel(ind), why: why.zh, whyEn: why.en },
      });
    }
  },
});
