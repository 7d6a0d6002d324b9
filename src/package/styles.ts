/**
 * New cell formats for the cells we write, added to the package's styles.xml: a written cell keeps its
 * own style (font, borders, fill) and only gains what the write needs (0.00% for a rate, bold, wrapping).
 * The existing entries are never changed or renumbered, so every other cell keeps its look.
 */
import { builtinFormatId } from './number-formats';
import { attributes, closingTagOffset, escapeXml, TagCursor } from './xml';

export interface StyleWish {
  numberFormat?: string;
  bold?: boolean;
  wrap?: boolean;
}

interface Section {
  /** Offsets of the section's content (between its open and close tags); -1 when absent. */
  open: number;
  close: number;
  items: string[];
  added: string[];
}

/** A styles.xml good enough for a workbook we create from nothing (the batch summary). */
export const MINIMAL_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function section(xml: string, name: string, itemName: string): Section {
  const cursor = new TagCursor(xml);
  while (cursor.next()) {
    const tag = cursor.tag;
    if (tag.closing || tag.name !== name) continue;
    if (tag.selfClosing) return { open: tag.start, close: tag.end, items: [], added: [] };
    const close = closingTagOffset(xml, tag.end, name);
    const items: string[] = [];
    const inner = new TagCursor(xml, tag.end, close);
    while (inner.next()) {
      const item = inner.tag;
      if (item.closing || item.name !== itemName) continue;
      const end = item.selfClosing ? item.end : closingEnd(xml, item.end, itemName);
      items.push(xml.slice(item.start, end));
      inner.seek(end);
    }
    return { open: tag.end, close, items, added: [] };
  }
  return { open: -1, close: -1, items: [], added: [] };
}

function closingEnd(xml: string, from: number, name: string): number {
  const close = closingTagOffset(xml, from, name);
  return xml.indexOf('>', close) + 1;
}

/** Sets attributes on an element's start tag, keeping the others in their order. */
function withAttributes(element: string, set: Record<string, string>): string {
  const startEnd = element.indexOf('>') + 1;
  const selfClosing = element[startEnd - 2] === '/';
  const name = element.slice(1, element.search(/[\s/>]/));
  const pairs = attributes(element, 0, startEnd).map(([key, value]): [string, string] => [key, set[key] ?? value]);
  for (const [key, value] of Object.entries(set)) if (!pairs.some(([name]) => name === key)) pairs.push([key, value]);
  const open = `<${name}${pairs.map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join('')}`;
  return selfClosing ? `${open}/>` : `${open}>${element.slice(startEnd)}`;
}

/** Replaces (or adds as first) a child element `<name …/>` of an element. */
function withChild(element: string, childName: string, child: string): string {
  const startEnd = element.indexOf('>') + 1;
  const name = element.slice(1, element.search(/[\s/>]/));
  if (element[startEnd - 2] === '/') return `${element.slice(0, startEnd - 2)}>${child}</${name}>`;
  const body = element
    .slice(startEnd)
    .replace(new RegExp(`<(\\w+:)?${childName}\\b[^>]*?(/>|>[\\s\\S]*?</(\\w+:)?${childName}>)`), '');
  return `${element.slice(0, startEnd)}${child}${body}`;
}

export class StyleBook {
  private readonly xfs: Section;
  private readonly fonts: Section;
  private readonly numFmts: Section;
  private readonly cache = new Map<string, number>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;

  constructor(private readonly xml: string) {
    this.xfs = section(xml, 'cellXfs', 'xf');
    this.fonts = section(xml, 'fonts', 'font');
    this.numFmts = section(xml, 'numFmts', 'numFmt');
    for (const item of this.numFmts.items) {
      const pairs = new Map(attributes(item, 0, item.length));
      const id = Number(pairs.get('numFmtId'));
      this.customFormats.set(pairs.get('formatCode') ?? '', id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
  }

  get changed(): boolean {
    return this.xfs.added.length + this.fonts.added.length + this.numFmts.added.length > 0;
  }

  /** The cell-format index for `base` (a cell's s) with the wish applied; base itself when nothing changes. */
  styleFor(base: number, wish: StyleWish): number {
    if (!wish.numberFormat && !wish.bold && !wish.wrap) return base;
    const key = `${base}|${wish.numberFormat ?? ''}|${wish.bold ? 1 : 0}|${wish.wrap ? 1 : 0}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const all = [...this.xfs.items, ...this.xfs.added];
    let xf = all[base] ?? all[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    if (wish.numberFormat) {
      xf = withAttributes(xf, { numFmtId: String(this.formatId(wish.numberFormat)), applyNumberFormat: '1' });
    }
    if (wish.bold) {
      const fontId = Number(new Map(attributes(xf, 0, xf.indexOf('>') + 1)).get('fontId') ?? 0);
      xf = withAttributes(xf, { fontId: String(this.boldFont(fontId)), applyFont: '1' });
    }
    if (wish.wrap)
      xf = withChild(
        withAttributes(xf, { applyAlignment: '1' }),
        'alignment',
        '<alignment vertical="top" wrapText="1"/>',
      );
    this.xfs.added.push(xf);
    const index = all.length;
    this.cache.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const builtin = builtinFormatId(code);
    if (builtin !== undefined) return builtin;
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    this.numFmts.added.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private boldFont(fontId: number): number {
    const all = [...this.fonts.items, ...this.fonts.added];
    const font = all[fontId] ?? all[0] ?? '<font><sz val="11"/></font>';
    if (/<(\w+:)?b(\s[^>]*)?\/>/.test(font)) return fontId;
    this.fonts.added.push(withChild(font, 'b', '<b/>'));
    return all.length;
  }

  /** styles.xml with the added entries and updated counts. */
  toXml(): string {
    const edits: Array<{ at: number; end: number; text: string }> = [];
    const extend = (s: Section, name: string, before: string) => {
      if (s.added.length === 0) return;
      const count = s.items.length + s.added.length;
      if (s.open < 0) {
        // No such section yet (numFmts is optional): create it where the schema wants it.
        const at = this.xml.search(new RegExp(`<(\\w+:)?${before}[\\s>/]`));
        edits.push({ at, end: at, text: `<${name} count="${count}">${s.added.join('')}</${name}>` });
        return;
      }
      const startTag = this.xml.lastIndexOf('<', s.open - 1);
      const openTag = this.xml.slice(startTag, s.open);
      if (openTag.endsWith('/>')) {
        const tagName = openTag.slice(1, openTag.search(/[\s/]/));
        edits.push({
          at: startTag,
          end: s.close,
          text: `<${tagName} count="${count}">${s.added.join('')}</${tagName}>`,
        });
        return;
      }
      edits.push({
        at: startTag,
        end: s.open,
        text: withAttributes(`${openTag}</x>`, { count: String(count) }).slice(0, -4),
      });
      edits.push({ at: s.close, end: s.close, text: s.added.join('') });
    };
    extend(this.numFmts, 'numFmts', 'fonts');
    extend(this.fonts, 'fonts', 'fills');
    extend(this.xfs, 'cellXfs', 'cellStyles');
    return splice(this.xml, edits);
  }
}

/** Applies non-overlapping edits (sorted here) to a text. */
export function splice(text: string, edits: Array<{ at: number; end: number; text: string }>): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at || a.end - b.end);
  let out = '';
  let position = 0;
  for (const edit of sorted) {
    out += text.slice(position, edit.at) + edit.text;
    position = edit.end;
  }
  return out + text.slice(position);
}
