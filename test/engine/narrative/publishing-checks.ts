/**
 * The publishing checks shared by the fixture tests (publishable.test.ts) and the published-forms tests
 * (published-forms.test.ts): "all met" claims found independently of the narrative's own detector, and each
 * report's paragraphs with the scored tables it speaks for.
 */
import type { Evaluation, NarrativeParagraph } from '../../../src/engine/model';

/** A word for "all" and a word for "reached" in one clause (no negation: see allMetClaims). */
const ALL_MET = new RegExp(
  [
    '(各项|全部|所有|一切)(的)?(绩效)?(年度)?(指标|工作|目标|任务)[^。；，、]{0,12}(达到|完成|实现|达成|达标)',
    '(均|都|全部|全面|圆满)(已|已经)?(按期|按时|顺利)?(达到|完成|实现|达成|达标)',
    '(达到|完成|实现|达成)了?(全部|各项|所有)',
  ].join('|'),
);
const NEGATION = /未|没有|尚未|不能|没能/;

export function withoutMarkers(text: string): string {
  return text.replace(/【[^】]*】/g, '');
}

/** The sentences of a text (markers removed) that claim everything was met. */
export function allMetClaims(text: string): string[] {
  return (withoutMarkers(text).match(/[^。；]+/g) ?? []).filter((s) => ALL_MET.test(s) && !NEGATION.test(s));
}

export type Scored = Evaluation['scored'][number];

/** The paragraphs of each report (department, then one per project), with the scored tables each speaks for. */
export function reports(evaluation: Evaluation): Array<{ tables: Scored[]; paragraphs: NarrativeParagraph[] }> {
  const projects = evaluation.scored.filter((t) => t.table.kind === 'project');
  const department = evaluation.scored.filter((t) => t.table.kind !== 'project');
  const scopes = [...(department.length > 0 ? [department] : []), ...projects.map((t) => [t])];
  const out: Array<{ tables: Scored[]; paragraphs: NarrativeParagraph[] }> = [];
  for (const paragraph of evaluation.narrative.paragraphs) {
    if (paragraph.style === 'title') out.push({ tables: scopes[out.length] ?? [], paragraphs: [] });
    out[out.length - 1]?.paragraphs.push(paragraph);
  }
  return out;
}
