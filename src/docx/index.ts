/**
 * The 自评报告 as a Word document (.docx), built with the `docx` library: the narrative's blocks become
 * real Word structure — the title, 一、 as Heading 1, （一） as Heading 2 (so Word's navigation pane and
 * table of contents see them), body paragraphs with a two-character first-line indent, the score table as
 * a bordered table, and every 【待填写】/【待核实】 marker highlighted in yellow.
 *
 * Page and type follow the usual government document style (GB/T 9704): A4 portrait, margins 37/35/28/26 mm,
 * body 仿宋_GB2312 三号 (16 pt) at a fixed 28 pt line, 一、 headings 黑体, （一） headings 楷体_GB2312, the
 * title 二号 bold. Word substitutes a font the machine lacks; the Latin fallback is Times New Roman.
 *
 * Works in Node and in the browser (no file system): the bytes are returned, the host saves them.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Narrative, NarrativeParagraph } from '../engine/model';
import { headingLevel, narrativeBlocks } from '../engine/narrative/blocks';
import { markerSegments } from '../engine/narrative/markers';

/** Fonts by role (GB/T 9704 names; Word falls back when one is missing). */
export const DOCX_FONTS = {
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  title: '宋体',
  latin: 'Times New Roman',
} as const;

/** Sizes in half-points: 三号 16 pt, 二号 22 pt, 四号 14 pt (the table). */
const SIZE = { body: 32, title: 44, table: 28 } as const;
/** Twips: A4 210 × 297 mm; margins top 37, bottom 35, left 28, right 26 mm; a 28 pt fixed line. */
const MM = 56.7;
const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: Math.round(37 * MM),
    bottom: Math.round(35 * MM),
    left: Math.round(28 * MM),
    right: Math.round(26 * MM),
  },
};
const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

function fonts(eastAsia: string): IRunOptions['font'] {
  return { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia, cs: DOCX_FONTS.latin };
}

/** Runs of a text, markers highlighted. */
function runs(text: string, extra: Omit<IRunOptions, 'text' | 'highlight'> = {}): TextRun[] {
  return markerSegments(text).map(
    (segment) =>
      new TextRun({ ...extra, text: segment.text, ...(segment.marker ? { highlight: HighlightColor.YELLOW } : {}) }),
  );
}

function paragraphOf(paragraph: NarrativeParagraph, first: boolean): Paragraph {
  const level = headingLevel(paragraph);
  if (level === 0) {
    // Each report after the first (a project after the department) starts on a new page.
    return new Paragraph({
      style: 'Title',
      alignment: AlignmentType.CENTER,
      ...(first ? {} : { pageBreakBefore: true }),
      children: runs(paragraph.text),
    });
  }
  if (level === 1) return new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(paragraph.text) });
  if (level === 2) return new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(paragraph.text) });
  // Other headings (1.简述部门职责职能) are bold body lines, as GB/T 9704 writes its third level.
  return new Paragraph({
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
    children: runs(paragraph.text, level === 3 ? { bold: true } : {}),
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function tableCell(text: string, header: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 400, lineRule: LineRuleType.EXACT },
        children: runs(text, { size: SIZE.table, bold: header }),
      }),
    ],
  });
}

function tableOf(header: string[], rows: string[][]): Table {
  const columns = Math.max(header.length, ...rows.map((row) => row.length));
  const width = Math.floor(TEXT_WIDTH / columns);
  const row = (cells: string[], isHeader: boolean): TableRow =>
    new TableRow({
      // Only the header row says so: readers take tblHeader w:val="off" as a header row too.
      ...(isHeader ? { tableHeader: true } : {}),
      children: Array.from({ length: columns }, (_, i) => tableCell(cells[i] ?? '', isHeader, width)),
    });
  return new Table({
    width: { size: width * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    alignment: AlignmentType.CENTER,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

/** The page number at the foot, centred, as "— 1 —" (GB/T 9704), in 宋体 四号. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: SIZE.table, font: fonts(DOCX_FONTS.title) }),
        ],
      }),
    ],
  });
}

function documentOf(narrative: Narrative): Document {
  const children: Array<Paragraph | Table> = narrativeBlocks(narrative).map((block) =>
    block.kind === 'table' ? tableOf(block.header, block.rows) : paragraphOf(block.paragraph, block.index === 0),
  );
  const heading = (font: string) => ({
    run: { font: fonts(font), size: SIZE.body, bold: false, color: '000000' },
    paragraph: { spacing: LINE, indent: { firstLine: 640 }, keepNext: true, keepLines: true },
  });
  return new Document({
    creator: 'jixiao',
    title: narrative.paragraphs.find((p) => p.style === 'title')?.text ?? narrative.sheet,
    styles: {
      default: {
        document: {
          run: { font: fonts(DOCX_FONTS.body), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: LINE },
        },
        title: {
          run: { font: fonts(DOCX_FONTS.title), size: SIZE.title, bold: true, color: '000000' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
          },
        },
        heading1: heading(DOCX_FONTS.heading1),
        heading2: heading(DOCX_FONTS.heading2),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: PAGE.margin,
          },
        },
        footers: { default: pageFooter() },
        children: children.length > 0 ? children : [new Paragraph('')],
      },
    ],
  });
}

/** The narrative as the bytes of a .docx file. */
export async function narrativeToDocx(narrative: Narrative): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(documentOf(narrative)));
}
