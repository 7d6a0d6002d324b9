import { markersInText, markersOf } from '../../../src/engine/narrative/markers';

describe('narrative markers', () => {
  it.each([
    ['无标记的句子。', []],
    ['预算执行率为【待核实：执行率与金额不符，D8】。', ['待核实']],
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
});
