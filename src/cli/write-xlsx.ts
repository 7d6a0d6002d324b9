/**
 * exceljs Workbook → .xlsx bytes, zipped with Node's native zlib (./zip) instead of JSZip's pure-JS
 * deflate, which took about as long as reading the workbook. The parts are rendered by exceljs itself,
 * in the order of its own `XLSX.write()` (exceljs 4.4 lib/xlsx/xlsx.js); when that internal API is not
 * there (another exceljs version), the ordinary `writeBuffer()` is used.
 */
import type { Workbook } from 'exceljs';
import { zipParts, type ZipPart } from './zip';

/** zlib's default: about the size JSZip wrote, at a fraction of the time. */
export const XLSX_DEFLATE_LEVEL = 6;

type PartData = string | Uint8Array | ArrayBuffer;
interface PartCollector {
  append(data: PartData, options: { name: string; base64?: boolean }): void;
}
type Step = (zip: PartCollector, model: unknown) => Promise<unknown>;

/** The internal methods of exceljs's XLSX class that `write()` calls. */
interface ExcelJsXlsxInternals {
  prepareModel(model: unknown, options: object): void;
  addContentTypes: Step;
  addOfficeRels: Step;
  addWorkbookRels: Step;
  addWorksheets: Step;
  addSharedStrings: Step;
  addDrawings: Step;
  addTables: Step;
  addThemes: Step;
  addStyles: Step;
  addMedia: Step;
  addApp: Step;
  addCore: Step;
  addWorkbook: Step;
}

const STEPS = [
  'addContentTypes',
  'addOfficeRels',
  'addWorkbookRels',
  'addWorksheets',
  'addSharedStrings',
  'addDrawings',
  'addTables',
  'addThemes',
  'addStyles',
  'addMedia',
  'addApp',
  'addCore',
  'addWorkbook',
] as const;

function hasInternals(xlsx: unknown): xlsx is ExcelJsXlsxInternals {
  const candidate = xlsx as Record<string, unknown>;
  return typeof candidate.prepareModel === 'function' && STEPS.every((step) => typeof candidate[step] === 'function');
}

export async function workbookToXlsxBuffer(workbook: Workbook): Promise<Buffer> {
  const xlsx: unknown = workbook.xlsx;
  if (!hasInternals(xlsx)) {
    const fallback = await workbook.xlsx.writeBuffer({
      zip: { compression: 'DEFLATE', compressionOptions: { level: XLSX_DEFLATE_LEVEL } },
    } as Parameters<Workbook['xlsx']['writeBuffer']>[0]);
    return Buffer.from(fallback as ArrayBuffer);
  }
  const parts: ZipPart[] = [];
  const collector: PartCollector = {
    append(data, options) {
      parts.push({ name: options.name, data: partBytes(data, options.base64 === true) });
    },
  };
  // Same model and same steps as XLSX.write(); only the zip container differs.
  const { model } = workbook;
  memoizeEmptyCellStyles(model);
  xlsx.prepareModel(model, {});
  for (const step of STEPS) await xlsx[step](collector, model);
  return zipParts(parts, { level: XLSX_DEFLATE_LEVEL });
}

/**
 * exceljs gives every cell it read without a style its own empty style object, and its writer resolves
 * each style object to a cell format (xf) id by rendering it to XML — its per-object cache never hits for
 * those, which made that step most of the writing time. For an empty style the id depends only on the
 * cell type (the xf list dedupes by XML), so it is looked up once per type. The wrap is put on the
 * StylesXform instance prepareModel() assigns to this one model, so nothing global changes.
 */
function memoizeEmptyCellStyles(model: object): void {
  let styles: unknown;
  Object.defineProperty(model, 'styles', {
    configurable: true,
    enumerable: true,
    get: () => styles,
    set: (value: unknown) => {
      styles = value;
      const target = value as { addStyleModel?: (style: unknown, cellType?: unknown) => number };
      const addStyleModel = target?.addStyleModel;
      if (typeof addStyleModel !== 'function') return;
      const idByCellType = new Map<unknown, number>();
      target.addStyleModel = function (style: unknown, cellType?: unknown): number {
        if (!isEmptyObject(style)) return addStyleModel.call(this, style, cellType);
        let id = idByCellType.get(cellType);
        if (id === undefined) {
          id = addStyleModel.call(this, style, cellType);
          idByCellType.set(cellType, id);
        }
        return id;
      };
    },
  });
}

function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) return false;
  return true;
}

function partBytes(data: PartData, base64: boolean): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, base64 ? 'base64' : 'utf8');
  if (data instanceof Uint8Array) return data;
  return new Uint8Array(data);
}
