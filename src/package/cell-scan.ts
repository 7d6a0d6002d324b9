/**
 * Reading rows and cells in their common form without the tokenizer. A sheet is mostly cells such as
 * `<c r="B4" s="1" t="s"><v>12</v></c>` or `<c r="C4"/>`; walking each through the general tokenizer (four
 * tags, a name string per tag, a second pass for the attributes) was most of the time spent reading a
 * workbook, and in a short CLI run that code is interpreted. One sticky regular expression per cell runs
 * as compiled code from the first call.
 *
 * Only the exact form below is taken: unprefixed `c`, attributes written ` name="value"` (r, s and t first
 * and in that order, values without entities), and no child or a single `<v>` without markup. Anything
 * else — a formula, an inline string, other whitespace or order, a prefix, a comment — is declined, and the
 * caller reads that element with the tokenizer, so both ways give the same cells
 * (test/package/cell-scan.test.ts).
 */
import type { CellArea } from '../engine/snapshot';
import { attribute, unescapeXml } from './xml';

const CELL =
  /<c(?: r="([A-Z]{1,3})([1-9][0-9]{0,8})")?(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?: (?![rst]=)[\w:.-]+="[^"&<]*")*(?:\/>|><\/c>|><v\/><\/c>|><v>([^<]*)<\/v><\/c>)/y;

/**
 * A <row> start tag whose attributes are all plainly written; r captured when it comes first (as every
 * writer puts it), the rest then read as TagCursor.attr reads them.
 */
const ROW = /<row(?: r="([0-9]{1,9})")?((?: [\w:.-]+="[^"&<]*")*)\/?>/y;

/**
 * A merged area written plainly; its ref taken apart when it is two plain references (B2:D5, as writers
 * write it), else captured whole for parseArea.
 */
const MERGE = /<mergeCell ref="(?:([A-Z]{1,3})([1-9][0-9]{0,8}):([A-Z]{1,3})([1-9][0-9]{0,8})|([^"&<]*))"\/>/y;

/** Fields of the last element read; reused from cell to cell (a sheet has tens of thousands). */
export class CellScanner {
  /** Row and column of the cell's reference; -1 when it has none. */
  row = -1;
  col = -1;
  type: string | undefined = undefined;
  style: number | undefined = undefined;
  /** Text of <v> (unescaped), '' for <v/>, null without one. */
  value: string | null = null;
  /** Row number (1-based, as written) of the last <row> read, or undefined without r. */
  rowNumber: number | undefined = undefined;
  hidden = false;
  /** Offset just past the element (a cell) or its start tag (a row). */
  end = 0;

  constructor(readonly xml: string) {}

  /** Reads the cell starting at `at`; false if it is not in the common form. */
  read(at: number): boolean {
    CELL.lastIndex = at;
    const match = CELL.exec(this.xml);
    if (match === null) return false;
    // Indexed, not destructured: array destructuring runs the iterator protocol, slow in a short run.
    const whole = match[0];
    const letters = match[1];
    const style = match[3];
    const value = match[5];
    if (letters === undefined) this.row = this.col = -1;
    else {
      this.row = Number(match[2]) - 1;
      // One or two letters (A–ZZ) is every form's width: computed here rather than by a call per cell.
      this.col =
        letters.length === 1
          ? letters.charCodeAt(0) - 65
          : letters.length === 2
            ? (letters.charCodeAt(0) - 64) * 26 + letters.charCodeAt(1) - 65
            : letterColumn(letters);
    }
    this.style = style === undefined ? undefined : Number(style);
    this.type = match[4];
    if (value === undefined) this.value = whole.endsWith('<v/></c>') ? '' : null;
    else this.value = value.indexOf('&') < 0 ? value : unescapeXml(value);
    this.end = at + whole.length;
    return true;
  }

  /** Reads the <row> start tag at `at`: its r and hidden; false if it is not in the common form. */
  readRow(at: number): boolean {
    ROW.lastIndex = at;
    const match = ROW.exec(this.xml);
    if (match === null) return false;
    const end = at + match[0].length;
    const r = match[1] ?? attribute(this.xml, at, end, 'r');
    const hidden = match[2].includes('hidden') ? attribute(this.xml, at, end, 'hidden') : undefined;
    this.rowNumber = r === undefined ? undefined : Number(r);
    this.hidden = hidden === '1' || hidden === 'true';
    this.end = end;
    return true;
  }

  /**
   * Reads a <mergeCell ref="…"/> at `at`: its area when the ref is two plain references (what parseArea
   * makes of them, without its splitting and two regular expressions per merge), else the ref as written;
   * null if the element is not written so.
   */
  readMerge(at: number): CellArea | string | null {
    MERGE.lastIndex = at;
    const match = MERGE.exec(this.xml);
    if (match === null) return null;
    this.end = at + match[0].length;
    if (match[1] === undefined) return match[5];
    const firstRow = Number(match[2]) - 1;
    const firstCol = letterColumn(match[1]);
    const lastRow = Number(match[4]) - 1;
    const lastCol = letterColumn(match[3]);
    return {
      top: Math.min(firstRow, lastRow),
      left: Math.min(firstCol, lastCol),
      bottom: Math.max(firstRow, lastRow),
      right: Math.max(firstCol, lastCol),
    };
  }
}

/** 0-based column of upper-case column letters (A → 0). */
function letterColumn(letters: string): number {
  let col = 0;
  for (let index = 0; index < letters.length; index++) col = col * 26 + (letters.charCodeAt(index) - 64);
  return col - 1;
}

/** Column index and row index of an A1 reference, or null. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let at = 0;
  for (; at < ref.length; at++) {
    const code = ref.charCodeAt(at);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  const row = Number(ref.slice(at));
  if (at === 0 || at > 3 || !Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}
