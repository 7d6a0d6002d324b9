import { evaluateWorkbook } from '../../../src/engine/evaluate';
import type { Narrative } from '../../../src/engine/model';
import { narrativeToHtml } from '../../../src/engine/narrative/html';
import { markersOf } from '../../../src/engine/narrative/markers';
import { seedWorkbook } from '../../fixtures';

describe('narrativeToHtml', () => {
  test('headings as h1/h2, the score table as a table, markers as mark, text escaped', () => {
    const narrative: Narrative = {
      sheet: '自评报告',
      paragraphs: [
        { style: 'title', text: '某单位2023年度自评报告' },
        { style: 'heading', level: 1, text: '一、基本情况' },
        { style: 'heading', level: 2, text: '（一）概况' },
        { style: 'heading', text: '1.职责' },
        { style: 'body', text: '<b>&"=1+1" 【待填写：职责（部门职责职能）】' },
        { style: 'tableRow', text: '一级指标\t指标分值', cells: ['一级指标', '指标分值'] },
        { style: 'tableRow', text: '投入\t15', cells: ['投入', '15'] },
        { style: 'body', text: '完。' },
      ],
    };
    expect(narrativeToHtml(narrative).split('\n')).toEqual([
      '<p style="text-align:center"><strong>某单位2023年度自评报告</strong></p>',
      '<h1>一、基本情况</h1>',
      '<h2>（一）概况</h2>',
      '<h3>1.职责</h3>',
      '<p>&lt;b&gt;&amp;&quot;=1+1&quot; <mark>【待填写：职责（部门职责职能）】</mark></p>',
      '<table border="1" style="border-collapse:collapse"><thead><tr><th>一级指标</th><th>指标分值</th></tr></thead>' +
        '<tbody><tr><td>投入</td><td>15</td></tr></tbody></table>',
      '<p>完。</p>',
    ]);
  });

  test('the seed report: one table, every marker marked', () => {
    const narrative = evaluateWorkbook(seedWorkbook()).narrative;
    const html = narrativeToHtml(narrative);
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html.match(/<mark>/g)?.length).toBe(markersOf(narrative.paragraphs).length);
    expect(html).toContain('<h1>三、绩效自评结论</h1>');
  });
});
