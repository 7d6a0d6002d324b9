/**
 * The report as a document: paragraphs and tables, in order. Consecutive 'tableRow' paragraphs form one
 * table whose first row is its header. The 自评报告 sheet, the HTML for copying and the Word export all
 * lay the narrative out from these blocks, so they agree on what is a heading and what is a table.
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
    const cells = paragraph.cells ?? paragraph.text.split('\t');
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'table' && paragraphs[index - 1]?.style === 'tableRow') last.rows.push(cells);
    else blocks.push({ kind: 'table', header: cells, rows: [], index });
  }
  return blocks;
}

/** Heading level of a paragraph: 1 (一、…), 2 (（一）…), 3 for other headings (1.…), 0 for the title, null for body. */
export function headingLevel(paragraph: NarrativeParagraph): 0 | 1 | 2 | 3 | null {
  if (paragraph.style === 'title') return 0;
  if (paragraph.style !== 'heading') return null;
  return paragraph.level ?? 3;
}
