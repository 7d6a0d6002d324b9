/**
 * Markers: the one form in which the report asks its reader to act.
 * 【待填写：what (where)】 — a fact the workbook lacks; 【待核实：what，cell】 — a figure or claim to check, the
 * cell ("Sheet!H12") last, after a comma. The pane, the CLI summary, the JSON report, the Word and HTML
 * exports all find markers here.
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
  /** The sheet and A1 cell the marker names, when it names one (a 待核实's cell, a 待填写's where). */
  sheet?: string;
  cell?: string;
}

const MARKER_PATTERN = /【(待填写|待核实)：[^】]*】/g;
/** "…，Sheet!H12】" / "…, Sheet!H12】": a sheet-qualified A1 cell after the last comma. */
const CELL_PATTERN = /[，,]\s*([^，,!【】]+)!\$?([A-Z]{1,3})\$?(\d+)】$/;
/** "…（Sheet!K6）】": a 待填写's where, when it is a cell. */
const WHERE_CELL_PATTERN = /[（(]([^（）()!【】]+)!\$?([A-Z]{1,3})\$?(\d+)[）)]】$/;

/** Every marker of one text, in order. */
export function markersInText(text: string, paragraph = 0): NarrativeMarker[] {
  const found: NarrativeMarker[] = [];
  // Most paragraphs hold no marker; matchAll would clone the pattern for each of thousands of paragraphs.
  if (!text.includes('【')) return found;
  MARKER_PATTERN.lastIndex = 0;
  for (let match = MARKER_PATTERN.exec(text); match !== null; match = MARKER_PATTERN.exec(text)) {
    const marker: NarrativeMarker = {
      kind: match[1] as MarkerKind,
      text: match[0],
      paragraph,
      offset: match.index,
    };
    const cell = (marker.kind === '待核实' ? CELL_PATTERN : WHERE_CELL_PATTERN).exec(match[0]);
    if (cell) {
      marker.sheet = cell[1].trim();
      marker.cell = `${cell[2]}${cell[3]}`;
    }
    found.push(marker);
  }
  return found;
}

/** Every marker of the report, paragraph by paragraph. */
export function markersOf(paragraphs: readonly NarrativeParagraph[]): NarrativeMarker[] {
  return paragraphs.flatMap((p, index) => markersInText(p.text, index));
}

/** A text cut into plain runs and marker runs, in order (for highlighting in Word and HTML). */
export function markerSegments(text: string): Array<{ text: string; marker: boolean }> {
  const segments: Array<{ text: string; marker: boolean }> = [];
  let at = 0;
  for (const marker of markersInText(text)) {
    if (marker.offset > at) segments.push({ text: text.slice(at, marker.offset), marker: false });
    segments.push({ text: marker.text, marker: true });
    at = marker.offset + marker.text.length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marker: false });
  return segments;
}

/**
 * 【 and 】 belong to markers: the same brackets in text copied from a cell (a project named "【体制】…")
 * become 〖〗, so a search for 【 finds exactly the markers.
 */
export function reserveBrackets(text: string): string {
  // Most texts: nothing to reserve.
  if (!ANY_BRACKET.test(text)) return text;
  // Most of the rest hold markers only: nothing is left once they are taken out.
  const outside = text.replace(MARKER_PATTERN, '');
  if (!outside.includes('【') && !outside.includes('】')) return text;
  // One pass: at each place a marker (kept) or else a lone bracket (reserved), as markersInText finds markers.
  return text.replace(MARKER_OR_BRACKET, (found) => (found === '【' ? '〖' : found === '】' ? '〗' : found));
}

/** Whether a text holds 【 or 】: one regex pass finds either (two includes scan the text twice). */
export function hasBracket(text: string): boolean {
  return ANY_BRACKET.test(text);
}

const ANY_BRACKET = /[【】]/;
const MARKER_OR_BRACKET = new RegExp(`${MARKER_PATTERN.source}|[【】]`, 'g');

/** Text safe inside a marker: brackets would end it early, so they go. */
export function markerSafe(text: string): string {
  return text.replace(/[【】]/g, '');
}
