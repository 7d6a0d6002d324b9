/**
 * The Word export read back by a reader we did not write (mammoth, which maps Word's heading styles and
 * tables to HTML): headings keep their levels, the score table is a table, markers are highlighted, and
 * the page is A4 portrait.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { narrativeToDocx } from '../../src/docx';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import type { Narrative } from '../../src/engine/model';
import { markersOf } from '../../src/engine/narrative/markers';
import { ALL_FIXTURES, cleanTwoTablesOneSheet, seedWorkbook } from '../fixtures';

const STYLE_MAP = ["highlight[color='yellow'] => mark", "p[style-name='Title'] => p.title:fresh"];

async function readBack(narrative: Narrative): Promise<{ html: string; xml: string; styles: string }> {
  const bytes = await narrativeToDocx(narrative);
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const footers = await Promise.all(zip.file(/word\/footer\d*\.xml/).map((f) => f.async('string')));
  return { html: value, xml, styles: styles + footers.join('') };
}

/** The East Asian font a style (or the document defaults, for null) sets. */
function eastAsiaFont(styles: string, styleId: string | null): string | undefined {
  const scope =
    styleId === null ? /<w:docDefaults>(.*?)<\/w:docDefaults>/ : new RegExp(`w:styleId="${styleId}">(.*?)</w:style>`);
  return /w:eastAsia="([^"]+)"/.exec(scope.exec(styles)?.[1] ?? '')?.[1];
}

function all(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((m) => m[1].replace(/<[^>]+>/g, ''));
}

describe('narrativeToDocx', () => {
  const narrative = evaluateWorkbook(seedWorkbook()).narrative;
  let html = '';
  let xml = '';
  let styles = '';
  beforeAll(async () => {
    ({ html, xml, styles } = await readBack(narrative));
  });

  test('一、 headings are Heading 1 and （一） headings Heading 2, in order', () => {
    const level = (n: 1 | 2) => narrative.paragraphs.filter((p) => p.style === 'heading' && p.level === n);
    expect(all(html, 'h1')).toEqual(level(1).map((p) => p.text));
    expect(all(html, 'h2')).toEqual(level(2).map((p) => p.text));
    expect(all(html, 'h1')).toContain('三、绩效自评结论');
    expect(all(html, 'h2')).toContain('（一）绩效目标完成情况');
  });

  test('the score table is one table with its header and rows', () => {
    expect(html.match(/<table>/g)).toHaveLength(1);
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
      [...m[1].matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '')),
    );
    expect(rows[0]).toEqual(['一级指标', '指标分值', '评价得分']);
    expect(rows).toContainEqual(['投入', '15', '14.4']);
    expect(rows[rows.length - 1]).toEqual(['合计', '100', '98.4']);
    expect(xml).toMatch(/<w:tblBorders>.*<w:insideH w:val="single"/);
  });

  test('every marker is highlighted, and only markers are', () => {
    const markers = markersOf(narrative.paragraphs).map((m) => m.text);
    expect(markers.length).toBeGreaterThan(3);
    expect(all(html, 'mark')).toEqual(markers);
  });

  test('A4 portrait, GB/T 9704 fonts', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/);
    expect(eastAsiaFont(styles, null)).toBe('仿宋_GB2312');
    expect(eastAsiaFont(styles, 'Heading1')).toBe('黑体');
    expect(eastAsiaFont(styles, 'Heading2')).toBe('楷体_GB2312');
    // The page number at the foot of every page.
    expect(styles).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
  });

  test('the body text is all there', () => {
    const text = html.replace(/<[^>]+>/g, '');
    for (const p of narrative.paragraphs.filter((p) => p.style === 'body')) expect(text).toContain(p.text);
  });

  test('each report after the first starts on a new page', async () => {
    const { xml: twoReports } = await readBack(evaluateWorkbook(cleanTwoTablesOneSheet()).narrative);
    expect(twoReports.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
    expect(xml).not.toMatch(/<w:pageBreakBefore\/>/);
  });

  test.each(Object.entries(ALL_FIXTURES))('%s: a document mammoth reads without error', async (_, build) => {
    const result = evaluateWorkbook(build()).narrative;
    const bytes = await narrativeToDocx(result);
    const { messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
  });
});
