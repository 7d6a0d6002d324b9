/**
 * The 自评报告 as published text (issue 14): no "all met" claim the tables contradict, no loose note, one
 * marker form, values as typed. Run on every fixture and example through the whole engine, and on a
 * two-project workbook where one project misses.
 */
import { evaluateWorkbook } from '../../../src/engine/evaluate';
import { markersOf } from '../../../src/engine/narrative/markers';
import type { WorkbookSnapshot } from '../../../src/engine/snapshot';
import {
  ALL_FIXTURES,
  chizhou2022,
  cleanDepartment,
  cleanTwoTablesOneSheet,
  findCell,
  lijiang2020,
  seedWorkbook,
  withCell,
} from '../../fixtures';
import { allMetClaims, reports, withoutMarkers, type Scored } from './publishing-checks';

/** What the scored model says missed (the test reads the model, not the narrative). */
function missedIndicators(tables: readonly Scored[]): string[] {
  return tables.flatMap((scored) =>
    scored.indicators.filter((i) => i.status === 'missed').map((i) => `${scored.table.sheet}:${i.row.name}`),
  );
}

/** One project of the two misses 培训人数 (150 against ≥200) and says 各项绩效指标均已完成. */
function twoProjectsOneMissing(): WorkbookSnapshot {
  let snapshot = cleanTwoTablesOneSheet();
  const second = findCell(snapshot, '项目自评', '培训人数', { row: 29 });
  const actual = findCell(snapshot, '项目自评', /^210(人)?$/, { row: second.row });
  snapshot = withCell(snapshot, '项目自评', actual.a1, 150);
  const statement = findCell(snapshot, '项目自评', /完成窗口工作人员培训210人次/, { row: 29 });
  return withCell(snapshot, '项目自评', statement.a1, '各项绩效指标均已完成，效果良好。');
}

const WORKBOOKS: Array<[string, () => WorkbookSnapshot]> = [
  ...Object.entries(ALL_FIXTURES),
  ['two projects, one missing', twoProjectsOneMissing],
];

describe.each(WORKBOOKS)('%s', (_name, build) => {
  const evaluation = evaluateWorkbook(build());
  const paragraphs = evaluation.narrative.paragraphs;

  test('no "all met" claim outside a marker unless the model says every target was met', () => {
    for (const report of reports(evaluation)) {
      const claims = report.paragraphs.flatMap((p) => allMetClaims(p.text));
      if (claims.length > 0)
        expect({ claims, missed: missedIndicators(report.tables) }).toEqual({ claims, missed: [] });
    }
  });

  test('no loose note: every request to the reader is a marker, and markers counted equal the 【 in the text', () => {
    const text = paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/经校验|经本工具校验|该数据存在异常/);
    expect(withoutMarkers(text)).not.toMatch(/待核实|待填写|【|】/);
    expect(markersOf(paragraphs)).toHaveLength(text.split('【').length - 1);
  });

  test('no clause said twice in one report (reasons, figures with their words)', () => {
    for (const report of reports(evaluation)) {
      const clauses = report.paragraphs
        .filter((p) => p.style === 'body')
        .flatMap((p) => withoutMarkers(p.text).split(/[。；，：]/))
        .map((clause) => clause.trim())
        // "得分10分（分值10分）" belongs to each row it follows: not a repetition.
        .filter((clause) => clause.length >= 12 && !clause.startsWith('得分'));
      const repeated = clauses.filter((clause, index) => clauses.indexOf(clause) !== index);
      expect(repeated).toEqual([]);
    }
  });

  test('no figure invented: no computed-looking "x.00" for a value typed without decimals', () => {
    // Money is printed with 2 decimals by rule (万元/元); percent and counts keep what the cell shows.
    expect(paragraphs.map((p) => p.text).join('\n')).not.toMatch(/≥\d+\.00%|(?<![\d.])100\.00%（指标值/);
  });
});

describe('the two-project workbook', () => {
  const evaluation = evaluateWorkbook(twoProjectsOneMissing());
  const [first, second] = reports(evaluation);

  test('the project that met everything says so; the other names its miss and quotes its claim in a 【待核实】', () => {
    const text = (r: typeof first) => r.paragraphs.map((p) => p.text).join('\n');
    expect(text(first)).toContain('各项绩效指标均已达到年度指标值。');
    expect(text(second)).not.toContain('各项绩效指标均已达到年度指标值。');
    expect(text(second)).toContain('未达到年度指标值的指标：培训人数指标值≥200人，实际完成值150人');
    expect(text(second)).toMatch(/【待核实：“各项绩效指标均已完成，效果良好”与表内不符：培训人数等1项指标未达到指标值/);
  });
});

describe('values as typed', () => {
  test('the seed: 689.7% stays 689.7%, 100% stays 100%', () => {
    const text = evaluateWorkbook(seedWorkbook())
      .narrative.paragraphs.map((p) => p.text)
      .join('\n');
    expect(text).toContain('政府采购执行率为689.7%');
    expect(text).not.toContain('689.70%');
    expect(text).toContain('社会公众或服务对象满意度为100%');
    expect(text).toContain('结转结余变动率为≥100%');
  });

  test('丽江: the ﹦ of the split layout is printed as =, 72890 元 without invented decimals', () => {
    const text = evaluateWorkbook(lijiang2020())
      .narrative.paragraphs.map((p) => p.text)
      .join('\n');
    expect(text).toContain('卫片执法补助经费72890元');
    expect(text).not.toContain('72890.00');
  });

  test('a derived rate equal to the typed one at its precision is not stated again (95% vs 95.00%)', () => {
    const text = evaluateWorkbook(cleanDepartment())
      .narrative.paragraphs.map((p) => p.text)
      .join('\n');
    expect(text).toContain('在职人员控制率为95%（指标值≤100%），得分5分');
    expect(text).not.toContain('按表内数据计算为95.00%');
  });

  test('池州: fused targets keep their operator and unit (≥50个), no ≥ invented for a bare target', () => {
    const evaluation = evaluateWorkbook(chizhou2022());
    const text = evaluation.narrative.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('培训班次50个');
    expect(text).not.toMatch(/≥100\.00%/);
  });
});
