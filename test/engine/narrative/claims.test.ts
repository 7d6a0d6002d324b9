import { claimsAllMet, restatesMiss, sentencesOf } from '../../../src/engine/narrative/claims';

describe('claimsAllMet', () => {
  it.each([
    ['产出指标、效益指标、满意度指标等各项指标均达到预定状态。', true],
    ['部门整体支出绩效目标已完成各项年度指标值', true],
    ['各项绩效指标均已达到年度指标值。', true],
    ['各项工作均已完成。', true],
    ['达到全部预期指标，效益较为明显。', true],
    ['全面完成年度目标任务。', true],
    ['部分指标未达到年度指标值。', false],
    ['各项指标尚未全部完成。', false],
    ['全力推进政务服务标准化、规范化、便利化。', false],
    ['完成窗口工作人员培训210人次，政务服务能力有效提升。', false],
  ])('%s → %s', (sentence, expected) => {
    expect(claimsAllMet(sentence)).toBe(expected);
  });
});

describe('restatesMiss', () => {
  it.each([
    ['预算完成率未达到100%', '预算完成率', true],
    ['重点支出安排率未达到90%', '重点支出安排率', true],
    ['未完成', '培训人数', true],
    ['实际完成值低于指标值', '培训人数', true],
    ['年末结转结余较年初增加', '结转结余变动率', false],
    ['财政资金紧缺，未列支费用，待财政通知可支付时再列支', '预算完成率', false],
    ['公益性岗位人员减少，补贴有结余', '公益性岗位补贴', false],
  ])('%s (%s) → %s', (reason, name, expected) => {
    expect(restatesMiss(reason, name)).toBe(expected);
  });
});

describe('sentencesOf', () => {
  it('keeps each sentence with its closing punctuation', () => {
    expect(sentencesOf('甲已完成。乙；丙')).toEqual(['甲已完成。', '乙；', '丙']);
    expect(sentencesOf('').length).toBe(0);
  });
});
