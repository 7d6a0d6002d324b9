/**
 * One indicator's clause in 四、绩效评价指标分析: its value as typed (against the target), a rate the engine
 * computed from the workbook when it reads otherwise, the score, the markers of the findings on the row,
 * and — only where it is owed — a reason: 扣分原因 when points were deducted, 偏差原因 when the target was
 * missed without a deduction, 超额原因 for a large overshoot. No reason is asked of a row that lost nothing
 * and missed nothing.
 */
import { formatRate, formatScore } from '../format';
import type { Indicator, Table } from '../model';
import { cleanReason, displayedScore, cleanName } from './facts';
import { formatActual, formatTarget } from './format';
import { cellName, type Writer } from './writer';

export function analysisClause(w: Writer, table: Table, indicator: Indicator): string {
  const name = cleanName(indicator.name);
  const unreadableCells = w.unreadableCellNames(indicator);
  if (unreadableCells) {
    const field = indicator.unreadable?.includes('target') ? 'target' : 'actual';
    w.ctx.checks.take(table.sheet, [indicator.cells[field]]);
    const marker = w.checkText(w.t('unreadableCells', { cells: unreadableCells }), table.sheet, indicator.cells[field]);
    return w.t('analysisUnreadable', { name, marker });
  }
  let text = valueText(w, table, indicator);
  const score = displayedScore(indicator);
  if (indicator.weight !== null && score !== null) {
    text = w.t('analysisScore', { text, score: formatScore(score), weight: formatScore(indicator.weight) });
  }
  text += w.indicatorChecks(table, indicator);
  return withReason(w, table, indicator, text, score);
}

function valueText(w: Writer, table: Table, indicator: Indicator): string {
  const name = cleanName(indicator.name);
  const actual = formatActual(indicator);
  const target = formatTarget(indicator);
  let text =
    typeof indicator.actual === 'number' && actual !== null
      ? target
        ? w.t('analysisNumericTarget', { name, actual, target })
        : w.t('analysisNumeric', { name, actual })
      : w.t('analysisQualitative', { name, actual: actual ?? '—' });
  // A rate the engine can compute from the workbook's own inputs (SPEC §5), when it reads otherwise.
  const actualCell = indicator.cells.actual;
  const derived = actualCell
    ? table.derivedRates.find((r) => r.statedAt?.row === actualCell.row && r.statedAt?.col === actualCell.col)
    : undefined;
  if (derived && !sameRate(derived.value, actual)) {
    text = w.t('analysisDerived', { text, rate: formatRate(derived.value) });
  }
  return text;
}

function withReason(w: Writer, table: Table, indicator: Indicator, text: string, score: number | null): string {
  const missed = w.met(table, indicator) === false;
  const deducted = indicator.weight !== null && score !== null && score < indicator.weight;
  const reason = cleanReason(indicator.reason);
  if (missed) {
    const missedText = w.t('analysisMissed', { text });
    const key = deducted ? 'analysisReason' : 'analysisDeviation';
    const missing = deducted ? 'phDeductionReason' : 'phReason';
    return w.t(key, { text: missedText, reason: w.reasonFor(table, indicator, missing) });
  }
  if (deducted) {
    const cell = indicator.cells.reason ?? indicator.cells.score;
    const owed =
      reason ?? w.placeholderText('phDeductionReason', undefined, cell ? cellName(table.sheet, cell) : name(indicator));
    return w.t('analysisReason', { text, reason: owed });
  }
  if (reason) return w.t('analysisNote', { text, reason });
  if (w.overshoot(table, indicator)) {
    const cell = indicator.cells.reason;
    w.ctx.checks.takeReason(table.sheet, [cell, indicator.cells.actual]);
    const owed = w.placeholderText(
      'phOvershootReason',
      undefined,
      cell ? cellName(table.sheet, cell) : name(indicator),
    );
    return w.t('analysisOvershoot', { text, reason: owed });
  }
  return text;
}

function name(indicator: Indicator): string {
  return cleanName(indicator.name);
}

/** Whether a computed rate reads as the actual shows it, at the actual's own decimals (95% vs 0.95). */
function sameRate(fraction: number, actual: string | null): boolean {
  if (actual === null || !actual.endsWith('%')) return false;
  const shown = actual.replace(/^[≥≤=]/, '');
  const decimals = /\.(\d+)%$/.exec(shown)?.[1].length ?? 0;
  return formatRate(fraction, decimals) === shown;
}
