/**
 * One cell as XML, for the cells we write into a user's sheet and the sheets we generate. Strings are
 * always text (inline strings; a leading '=' never becomes a formula); a formula carries its cached value.
 *
 * A generated sheet writes thousands of cells: their markup is joined from pieces built once per namespace
 * prefix and per style (few string concatenations per cell, which count in a short, cold CLI run).
 */
import type { CellValue } from '../engine/snapshot';
import { escapeXml } from './xml';

const ERROR_TEXTS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

export interface CellContent {
  value: CellValue;
  /** With or without the leading '='. */
  formula?: string;
  style?: number;
}

/** `ref` is the cell's A1 reference; `p` the namespace prefix of the sheet's elements ('' or 'x:'). */
export function cellXml(ref: string, content: CellContent, p = ''): string {
  const start = `<${p}c r="${ref}"${styleAttribute(content.style)}`;
  const formula = content.formula;
  return formula ? formulaCellXml(start, content.value, formula, p) : valueCellXml(start, content.value, p);
}

const styleAttributes: string[] = [];

/** ` s="3"` for a cell format index; nothing for the default format 0. */
export function styleAttribute(style: number | undefined): string {
  return style ? (styleAttributes[style] ??= ` s="${style}"`) : '';
}

/** The fixed markup around a value cell's content, for one namespace prefix. */
interface ValueMarkup {
  /** `></c>`: a cell with no value. */
  empty: string;
  /** `><v>` … `</v></c>` */
  valueOpen: string;
  valueClose: string;
  /** ` t="b"><v>` */
  booleanOpen: string;
  /** ` t="inlineStr"><is><t>` (with xml:space="preserve" in textOpenPreserved) … `</t></is></c>` */
  textOpen: string;
  textOpenPreserved: string;
  textClose: string;
}

function markupFor(p: string): ValueMarkup {
  return {
    empty: `></${p}c>`,
    valueOpen: `><${p}v>`,
    valueClose: `</${p}v></${p}c>`,
    booleanOpen: ` t="b"><${p}v>`,
    textOpen: ` t="inlineStr"><${p}is><${p}t>`,
    textOpenPreserved: ` t="inlineStr"><${p}is><${p}t xml:space="preserve">`,
    textClose: `</${p}t></${p}is></${p}c>`,
  };
}

/** Every cell of a generated sheet has no prefix; a user's sheet may have one ('x:'). */
const unprefixedMarkup = markupFor('');
const markupByPrefix = new Map<string, ValueMarkup>();

function valueMarkup(p: string): ValueMarkup {
  if (p === '') return unprefixedMarkup;
  let markup = markupByPrefix.get(p);
  if (!markup) {
    markup = markupFor(p);
    markupByPrefix.set(p, markup);
  }
  return markup;
}

/**
 * A cell without a formula: empty, a number, a boolean or an inline string. `start` is the start tag up to
 * its attributes' end: `<c r="A1" s="3"` (with the prefix `p`).
 */
export function valueCellXml(start: string, value: CellValue, p = ''): string {
  if (value === null || value === '') return start + '/>';
  const markup = valueMarkup(p);
  if (typeof value === 'number') {
    return Number.isFinite(value) ? start + markup.valueOpen + value + markup.valueClose : start + markup.empty;
  }
  if (typeof value === 'boolean') return start + markup.booleanOpen + (value ? 1 : 0) + markup.valueClose;
  const open = /^\s|\s$|\n/.test(value) ? markup.textOpenPreserved : markup.textOpen;
  return start + open + escapeXml(value) + markup.textClose;
}

function formulaCellXml(start: string, value: CellValue, formula: string, p: string): string {
  const f = `<${p}f>${escapeXml(formula.replace(/^=/, ''))}</${p}f>`;
  // No cached value yet: the formula alone (Excel and WPS calculate it on open).
  if (value === null || value === '') return `${start}>${f}</${p}c>`;
  if (typeof value === 'number') {
    const text = Number.isFinite(value) ? String(value) : '';
    return `${start}>${f}${text ? `<${p}v>${text}</${p}v>` : ''}</${p}c>`;
  }
  if (typeof value === 'boolean') return `${start} t="b">${f}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  const type = ERROR_TEXTS.has(value) ? 'e' : 'str';
  return `${start} t="${type}">${f}<${p}v>${escapeXml(value)}</${p}v></${p}c>`;
}
