/**
 * The report as HTML for the clipboard (复制全文): a paste into Word or WPS keeps the headings (h1 for 一、,
 * h2 for （一）), the score table as a <table>, and the markers as <mark>. Pure: a string out, no DOM.
 */
import type { Narrative } from '../model';
import { headingLevel, narrativeBlocks } from './blocks';
import { markerSegments } from './markers';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A text with its markers wrapped in <mark>. */
function inline(text: string): string {
  return markerSegments(text)
    .map((s) => (s.marker ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join('');
}

const TAGS = { 1: 'h1', 2: 'h2', 3: 'h3' } as const;

export function narrativeToHtml(narrative: Narrative): string {
  const parts = narrativeBlocks(narrative).map((block) => {
    if (block.kind === 'table') {
      const row = (cells: string[], tag: 'th' | 'td') =>
        `<tr>${cells.map((c) => `<${tag}>${inline(c)}</${tag}>`).join('')}</tr>`;
      return (
        '<table border="1" style="border-collapse:collapse">' +
        `<thead>${row(block.header, 'th')}</thead><tbody>${block.rows.map((r) => row(r, 'td')).join('')}</tbody></table>`
      );
    }
    const level = headingLevel(block.paragraph);
    const text = inline(block.paragraph.text);
    if (level === 0) return `<p style="text-align:center"><strong>${text}</strong></p>`;
    return level === null ? `<p>${text}</p>` : `<${TAGS[level]}>${text}</${TAGS[level]}>`;
  });
  return parts.join('\n');
}
