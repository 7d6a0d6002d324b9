import type { GeneratedSheet } from '../../src/engine/model';
import {
  chunkOperations,
  estimateBytes,
  generatedSheetOperations,
  mergeUndoRecords,
  OversizedOperationError,
  restorePositions,
  utf8Length,
  type PriorSheet,
  type UndoRecord,
  type WriteOperation,
} from '../../src/excel/operations';

const cell = (address: string, value: string): WriteOperation => ({
  kind: 'cell',
  target: { sheet: '表', address, value },
});

function priorSheet(name: string, position: number, precededBy: string[]): PriorSheet {
  return {
    name,
    position,
    precededBy,
    visibility: 'visible',
    origin: { row: 0, col: 0 },
    values: [],
    formulas: [],
    numberFormats: [],
    bold: [],
    wrap: [],
    columnWidths: [],
  };
}

describe('write operations', () => {
  it('counts UTF-8 bytes (CJK 3, astral 4)', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('表')).toBe(3);
    expect(utf8Length('𠀀')).toBe(4);
  });

  it('packs operations in order into chunks under the limit', () => {
    const operations = Array.from({ length: 10 }, (_, i) => cell(`A${i + 1}`, '预算执行率达94.08%'));
    const one = estimateBytes(operations[0]);
    const chunks = chunkOperations(operations, one * 3);
    expect(chunks.map((chunk) => chunk.length)).toEqual([3, 3, 3, 1]);
    expect(chunks.flat()).toEqual(operations);
    expect(chunkOperations(operations, one * 100)).toHaveLength(1);
  });

  it('refuses a single operation larger than the limit', () => {
    expect(() => chunkOperations([cell('A1', '长'.repeat(1000))], 1000)).toThrow(OversizedOperationError);
  });

  it('cuts a long generated sheet into row blocks that each fit, covering every row once', () => {
    const generated: GeneratedSheet = {
      name: '自评报告',
      columnWidths: [],
      rows: Array.from({ length: 100 }, (_, i) => [{ value: `第${i + 1}段正文` }]),
    };
    const limit = 4000;
    const blocks = generatedSheetOperations(generated, null, limit).filter((op) => op.kind === 'block');
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.every((op) => estimateBytes(op) <= limit)).toBe(true);
    const rows = blocks.flatMap((op) => (op.kind === 'block' ? op.content.map((line) => line[0]) : []));
    expect(rows).toEqual(generated.rows.map((row) => row[0].value));
  });

  it('grows each block as far as half the budget allows (the next row would not fit)', () => {
    // Rows of very different sizes, so a cut in the wrong place shows.
    const generated: GeneratedSheet = {
      name: '自评报告',
      columnWidths: [],
      rows: Array.from({ length: 120 }, (_, i) => [{ value: '正文'.repeat(1 + ((i * 7) % 40)) }, { value: i }]),
    };
    const limit = 6000;
    const blocks = generatedSheetOperations(generated, null, limit).filter((op) => op.kind === 'block');
    expect(blocks.length).toBeGreaterThan(2);
    blocks.forEach((block, index) => {
      if (block.kind !== 'block') throw new Error('not a block');
      expect(estimateBytes(block)).toBeLessThanOrEqual(limit / 2);
      const next = blocks[index + 1];
      if (next?.kind !== 'block') return;
      const grown: WriteOperation = {
        ...block,
        content: [...block.content, next.content[0]],
        numberFormats: [...block.numberFormats, next.numberFormats[0]],
      };
      expect(estimateBytes(grown)).toBeGreaterThan(limit / 2);
    });
  });

  it('sizes a long generated sheet in time linear in its rows (no re-serialising the growing block)', () => {
    const generated: GeneratedSheet = {
      name: '自评报告',
      columnWidths: [],
      rows: Array.from({ length: 3000 }, (_, i) => [{ value: `第${i + 1}段：预算执行率达94.08%，产出指标全部完成。` }]),
    };
    const stringify = jest.spyOn(JSON, 'stringify');
    let blocks: WriteOperation[];
    let serialised: number;
    try {
      blocks = generatedSheetOperations(generated, null, 4 * 1024 * 1024).filter((op) => op.kind === 'block');
      // Read before mockRestore, which clears what the spy recorded.
      serialised = stringify.mock.results.reduce(
        (total, result) => total + (typeof result.value === 'string' ? result.value.length : 0),
        0,
      );
    } finally {
      stringify.mockRestore();
    }
    const blockSize = blocks.reduce((total, block) => total + JSON.stringify(block).length, 0);
    expect(blocks).toHaveLength(1);
    // Re-serialising the block for every row added would cost ~1500× its size here.
    expect(serialised).toBeGreaterThan(blockSize / 2); // the spy saw every row
    expect(serialised).toBeLessThan(3 * blockSize);
  });

  it('puts restored sheets back after their nearest surviving neighbour', () => {
    const record: UndoRecord = {
      cells: [],
      sheets: [
        { name: '自评报告', prior: priorSheet('自评报告', 2, ['表1', '表2']) },
        { name: '评估结果', prior: null },
      ],
    };
    expect(restorePositions(record, ['表1', '表2', '其他', '自评报告', '评估结果']).get('自评报告')).toBe(2);
    // 表2 was deleted meanwhile: after 表1.
    expect(restorePositions(record, ['表1', '其他', '自评报告']).get('自评报告')).toBe(1);
    expect(restorePositions(record, ['其他']).get('自评报告')).toBe(0);
  });

  it('merges undo records keeping the oldest captured state of each cell and sheet', () => {
    const older: UndoRecord = {
      cells: [{ sheet: '表', address: 'A1', value: 1, formula: null, numberFormat: 'General' }],
      sheets: [{ name: '自评报告', prior: null }],
    };
    const newer: UndoRecord = {
      cells: [
        { sheet: '表', address: '$A$1', value: 2, formula: null, numberFormat: 'General' },
        { sheet: '表', address: 'B1', value: 3, formula: null, numberFormat: 'General' },
      ],
      sheets: [{ name: '自评报告', prior: priorSheet('自评报告', 0, []) }],
    };
    const merged = mergeUndoRecords(older, newer);
    expect(merged.cells.map((c) => [c.address, c.value])).toEqual([
      ['A1', 1],
      ['B1', 3],
    ]);
    expect(merged.sheets).toEqual([{ name: '自评报告', prior: null }]);
  });
});

describe('generated sheet operations in few calls', () => {
  const sheet = (rowHeights?: number[]) => ({
    name: '自评报告',
    columnWidths: [60],
    rows: [
      [{ value: '标题', bold: true }],
      [{ value: '一', wrap: true }],
      [{ value: '二', wrap: true }],
      [{ value: '三', wrap: true }],
      [{ value: '小标题', bold: true }],
      [{ value: '四', wrap: true }],
    ],
    ...(rowHeights ? { rowHeights } : {}),
  });

  it('writes the same bold or wrap run on consecutive rows as one rectangle', () => {
    const formats = generatedSheetOperations(sheet(), null, 1 << 20).filter((op) => op.kind === 'format');
    expect(formats).toEqual([
      { kind: 'format', sheet: '自评报告', address: 'A1', bold: true },
      { kind: 'format', sheet: '自评报告', address: 'A5', bold: true },
      { kind: 'format', sheet: '自评报告', address: 'A2:A4', wrap: true },
      { kind: 'format', sheet: '自评报告', address: 'A6', wrap: true },
    ]);
  });

  it('sets the commonest row height for all rows, then runs of the others', () => {
    const heights = generatedSheetOperations(sheet([18, 33, 33, 18, 18, 48]), null, 1 << 20).filter(
      (op) => op.kind === 'rowHeight',
    );
    expect(heights).toEqual([
      { kind: 'rowHeight', sheet: '自评报告', row: 0, rows: 6, height: 18 },
      { kind: 'rowHeight', sheet: '自评报告', row: 1, rows: 2, height: 33 },
      { kind: 'rowHeight', sheet: '自评报告', row: 5, rows: 1, height: 48 },
    ]);
  });

  it('leaves rows without a height alone (no base height then)', () => {
    const heights = generatedSheetOperations(sheet([0, 33, 33, 0, 0, 0]), null, 1 << 20).filter(
      (op) => op.kind === 'rowHeight',
    );
    expect(heights).toEqual([{ kind: 'rowHeight', sheet: '自评报告', row: 1, rows: 2, height: 33 }]);
  });
});
