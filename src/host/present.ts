/**
 * The render-ready text of an evaluation, made where the engine runs: in the Excel pane next to the host, in
 * the standalone page's worker. The UI shows these strings and never renders engine data itself, so the page
 * chunk carries no engine (rules, narrative builder, scoring).
 */
import { formatRate, formatScore } from '../engine/format';
import type { Evaluation, Table } from '../engine/model';
import { narrativeText } from '../engine/narrative';
import { narrativeToHtml } from '../engine/narrative/html';
import { markersOf } from '../engine/narrative/markers';
import { renderFinding, type Locale } from '../engine/render';
import type { EvaluationView, TableText, ViewText } from './contract';

/** A number to show; a card shows only the fields its table has. */
function shown(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

// Rates are fractions in the model (0.9408 → 94.08%); scores show up to 2 decimals (98.4, 100, 14.43).
function tableText(table: Table): TableText {
  return {
    total: shown(table.total) ? formatScore(table.total) : null,
    rate: shown(table.funds?.rate) ? formatRate(table.funds.rate) : null,
  };
}

export function presentEvaluation(evaluation: Evaluation | EvaluationView, locale: Locale): ViewText {
  const { narrative } = evaluation;
  return {
    findings: evaluation.findings.map((finding) => renderFinding(finding, locale)),
    tables: evaluation.tables.map(tableText),
    report: {
      text: narrativeText(narrative),
      html: narrativeToHtml(narrative),
      markers: markersOf(narrative.paragraphs),
    },
  };
}
