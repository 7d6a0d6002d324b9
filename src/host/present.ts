/**
 * The render-ready text of an evaluation, made where the engine runs: in the Excel pane next to the host, in
 * the standalone page's worker. The UI shows these strings and never renders engine data itself, so the page
 * chunk carries no engine (rules, narrative builder, scoring).
 */
import type { Evaluation } from '../engine/model';
import { narrativeText } from '../engine/narrative';
import { narrativeToHtml } from '../engine/narrative/html';
import { markersOf } from '../engine/narrative/markers';
import { renderFinding, type Locale } from '../engine/render';
import type { EvaluationView, ViewText } from './contract';

export function presentEvaluation(evaluation: Evaluation | EvaluationView, locale: Locale): ViewText {
  const { narrative } = evaluation;
  return {
    findings: evaluation.findings.map((finding) => renderFinding(finding, locale)),
    report: {
      text: narrativeText(narrative),
      html: narrativeToHtml(narrative),
      markers: markersOf(narrative.paragraphs),
    },
  };
}
