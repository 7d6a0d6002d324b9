/**
 * One cell as XML, for the cells we write into a user's sheet and the sheets we generate. Strings are
 * always text (inline strings; a leading '=' never becomes a formula); a formula carries its cached value.
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
  const { value, formula } = content;
  const style = content.style ? ` s="${content.style}"` : '';
  const f = formula ? `<${p}f>${escapeXml(formula.replace(/^=/, ''))}</${p}f>` : '';
  if (value === null || value === '') return `<${p}c r="${ref}"${style}>${f}</${p}c>`.replace(`></${p}c>`, '/>');
  if (typeof value === 'number') {
    const text = Number.isFinite(value) ? String(value) : '';
    return `<${p}c r="${ref}"${style}>${f}${text ? `<${p}v>${text}</${p}v>` : ''}</${p}c>`;
  }
  if (typeof value === 'boolean') return `<${p}c r="${ref}"${style} t="b">${f}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (formula) {
    const type = ERROR_TEXTS.has(value) ? 'e' : 'str';
    return `<${p}c r="${ref}"${style} t="${type}">${f}<${p}v>${escapeXml(value)}</${p}v></${p}c>`;
  }
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `<${p}c r="${ref}"${style} t="inlineStr"><${p}is><${p}t${space}>${escapeXml(value)}</${p}t></${p}is></${p}c>`;
}
