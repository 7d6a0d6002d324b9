/**
 * Markers: the one form in which the report asks its reader to act.
 * 【待填写：what (where)】 — a fact the workbook lacks; 【待核实：what, cell】 — a figure to check.
 * The pane, the CLI summary, the JSON report and the Word export all find markers here.
 */
import type { NarrativeParagraph } from '../model';

export type MarkerKind = '待填写' | '待核实';

export interface NarrativeMarker {
  kind: MarkerKind;
  /** The whole marker as it stands in the text, brackets included. */
  text: string;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  /** Offset of the marker inside that paragraph's text. */
  offset: number;
}

const MARKER_PATTERN = /【(待填写|待核实)：[^】]*】/g;

/** Every marker of one text, in order. */
export function markersInText(text: string, paragraph = 0): NarrativeMarker[] {
  const found: NarrativeMarker[] = [];
  for (const match of text.matchAll(MARKER_PATTERN)) {
    found.push({ kind: match[1] as MarkerKind, text: match[0], paragraph, offset: match.index ?? 0 });
  }
  return found;
}

/** Every marker of the report, paragraph by paragraph. */
export function markersOf(paragraphs: readonly NarrativeParagraph[]): NarrativeMarker[] {
  return paragraphs.flatMap((p, index) => markersInText(p.text, index));
}
