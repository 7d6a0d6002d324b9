/**
 * The report as a document: paragraphs and tables, in order. Consecutive 'tableRow' paragraphs form one
 * table whose first row is its header. The HTML for copying and the Word export lay the narrative out from
 * these blocks, and the 自评报告 sheet row by row with the same tableCells / startsTable, so they all agree
 * on what is a heading and what is a table.
 */
import type { Narrative, NarrativeParagraph } from '../model';

export type NarrativeBlock =
  | { kind: 'paragraph'; paragraph: NarrativeParagraph; index: number }
  | { kind: 'table'; header: string[]; rows: string[][]; index: number };

export function narrativeBlocks(narrative: Narrative): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  const paragraphs = narrative.paragraphs;
  // Indexed, without a callback per paragraph: thousands of paragraphs in a cold CLI run.
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (paragraph.style !== 'tableRow') {
      blocks.push({ kind: 'paragraph', paragraph, index });
      continue;
    }
    const cells = tableCells(paragraph);
    const last = blocks[blocks.length - 1];
    if (startsTable(paragraphs, index) || last?.kind !== 'table')
      blocks.push({ kind: 'table', header: cells, rows: [], index });
    else last.rows.push(cells);
  }
  return blocks;
}

/** The cells of a 'tableRow' paragraph. */
export function tableCells(paragraph: NarrativeParagraph): string[] {
  return paragraph.cells ?? paragraph.text.split('\t');
}

/** Whether the 'tableRow' paragraph at `index` is a table's first row (its header): no table row before it. */
export function startsTable(paragraphs: readonly NarrativeParagraph[], index: number): boolean {
  return paragraphs[index - 1]?.style !== 'tableRow';
}

/** Heading level of a paragraph: 1 (一、…), 2 (（一）…), 3 for other headings (1.…), 0 for the title, null for body. */
export function headingLevel(paragraph: NarrativeParagraph): 0 | 1 | 2 | 3 | null {
  if (paragraph.style === 'title') return 0;
  if (paragraph.style !== 'heading') return null;
  return paragraph.level ?? 3;
}
