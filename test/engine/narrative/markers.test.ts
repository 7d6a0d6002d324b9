import fc from 'fast-check';
import {
  markerSafe,
  markerSegments,
  markersInText,
  markersOf,
  reserveBrackets,
} from '../../../src/engine/narrative/markers';

describe('narrative markers', () => {
  it.each([
    ['无标记的句子。', []],
    ['预算执行率为【待核实：执行率与金额不符，表1!D8】。', ['待核实']],
    ['【待填写：部门职责】与【待填写：人员情况】', ['待填写', '待填写']],
    ['【备注：不是标记】', []],
  ])('%s', (text, kinds) => {
    expect(markersInText(text).map((m) => m.kind)).toEqual(kinds);
  });

  it('gives paragraph index and offset', () => {
    const markers = markersOf([
      { style: 'heading', text: '一、基本情况' },
      { style: 'body', text: '共计【待填写：人数】人。' },
    ]);
    expect(markers).toEqual([{ kind: '待填写', text: '【待填写：人数】', paragraph: 1, offset: 2 }]);
  });

  it('reads the cell a 待核实 marker names', () => {
    const [marker] = markersInText('【待核实：政府采购执行率689.7%高于100%，部门整体支出绩效单位自评表!I30】');
    expect(marker).toMatchObject({ sheet: '部门整体支出绩效单位自评表', cell: 'I30' });
    expect(markersInText('【待核实：总分不一致】')[0].cell).toBeUndefined();
    // A 待填写's where, when it is a cell, is where the reader types the answer.
    expect(markersInText('【待填写：偏差原因（单位自评表!K6）】')[0]).toMatchObject({
      sheet: '单位自评表',
      cell: 'K6',
    });
    expect(markersInText('【待填写：偏差原因（在职人员控制率）】')[0].cell).toBeUndefined();
  });

  it('keeps brackets out of marker text', () => {
    const what = markerSafe('“各项指标均达到【预定】状态”与表内不符');
    expect(markersInText(`【待核实：${what}，Sheet1!C5】`)).toMatchObject([
      { kind: '待核实', sheet: 'Sheet1', cell: 'C5' },
    ]);
  });

  it('cuts a text into plain and marker segments', () => {
    expect(markerSegments('甲【待填写：乙】丙【待核实：丁，S!A1】')).toEqual([
      { text: '甲', marker: false },
      { text: '【待填写：乙】', marker: true },
      { text: '丙', marker: false },
      { text: '【待核实：丁，S!A1】', marker: true },
    ]);
    expect(markerSegments('')).toEqual([]);
  });

  it('keeps 【】 for markers: brackets copied from a cell become 〖〗', () => {
    expect(reserveBrackets('【体制】自管道路清扫【待填写：偏差原因（表!J5）】')).toBe(
      '〖体制〗自管道路清扫【待填写：偏差原因（表!J5）】',
    );
    expect(reserveBrackets('无括号')).toBe('无括号');
  });

  it('reserves exactly the brackets outside the markers markerSegments finds', () => {
    const piece = fc.constantFrom('【', '】', '待填写', '待核实', '：', '，', 'S!A1', '（', '）', '甲', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        const expected = markerSegments(text)
          .map((s) => (s.marker ? s.text : s.text.replace(/【/g, '〖').replace(/】/g, '〗')))
          .join('');
        expect(reserveBrackets(text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
