/**
 * The 项目支出绩效自评报告 for one 项目支出绩效自评表 (SPEC §7): 一、基本情况 二、绩效目标实现情况 三、自评结论
 * 四、偏差原因及改进措施 五、其他需说明的情况.
 */
import type { LevelSummary, Table } from '../model';
import { budgetParts, findText, splitLines } from './facts';
import { formatRate } from '../format';
import { Writer } from './writer';

export function writeProjectReport(w: Writer, table: Table, tableIndex: number, includeUnassigned: boolean): void {
  const project = table.projectName?.trim() || w.t('unnamedProject');
  w.title(w.t('titleProject', { project, year: w.yearPart(table.year) }));

  // 一、基本情况
  w.heading('hProjBasic');
  const identity: string[] = [];
  if (table.projectName?.trim()) identity.push(w.t('projIdentity', { project: table.projectName.trim() }));
  if (table.unitName?.trim()) identity.push(w.t('projUnit', { unit: table.unitName.trim() }));
  if (identity.length > 0) w.body(w.join(identity, 'sentenceSeparator') + w.t('sentenceEnd'));
  const funds = table.funds;
  const fundClauses = funds ? w.fundClauses(funds, table.moneyUnit) : null;
  if (funds && fundClauses) {
    const text = w.withFundNote(w.t('projFunds', { clauses: fundClauses }), table, funds);
    w.body(text + w.budgetPartsClause(table) + w.t('sentenceEnd'));
  } else {
    w.placeholder('phProjectFunds');
  }
  const goal = findText(table, /年度目标|总体目标|预期目标|绩效目标/);
  if (goal) prefixedLines(w, goal, 'projGoal');
  else w.placeholder('phProjectGoal');

  // 二、绩效目标实现情况
  w.heading('hProjAchievement');
  const classified = w.classify(table.indicators);
  let wrote = false;
  const actualText = findText(table, /实际完成/);
  if (actualText) {
    prefixedLines(w, actualText, 'projActual');
    wrote = true;
  }
  const numericItems = w.doneNumericItems(classified.met);
  if (numericItems) {
    w.body(w.t('projDoneList', { items: numericItems }));
    wrote = true;
  }
  for (const text of w.doneQualitativeTexts(classified.met)) {
    w.body(text);
    wrote = true;
  }
  if (classified.missed.length > 0) {
    const items = classified.missed.map((i) => w.missedItem(table, i));
    w.body(w.t('missedIntro') + w.join(items, 'sentenceSeparator') + w.t('sentenceEnd'));
    wrote = true;
  }
  if (w.undecidedParagraphs(classified)) wrote = true;
  if (!wrote) w.placeholder('phProjectDone');

  // 三、自评结论
  w.heading('hProjConclusion');
  w.body(w.t('projectScoreCaption', { project }));
  if (!w.scoreTable(table, projectLevels(w, table))) w.placeholder('phScoreTable');
  w.conclusion(table, { withGrade: 'projConclusion', withoutGrade: 'projConclusionNoGrade' }, false);

  // 四、偏差原因及改进措施
  w.heading('hProjDeviation');
  // A funding source executed at the same rate as the total adds nothing to the total's line.
  const totalRate = funds && funds.rate !== null ? formatRate(funds.rate) : null;
  const lines = [
    ...(funds ? [funds] : []),
    ...budgetParts(table).filter((line) => line.rate === null || formatRate(line.rate) !== totalRate),
  ].filter((line) => w.lowExecution(line));
  const problems = w.problems([{ table, indicators: classified.missed, lines }]);
  const allKnown = classified.unknown.length === 0 && classified.unreadable.length === 0;
  if (problems.length === 0 && classified.met.length > 0 && allKnown) {
    w.body(w.t('missedNone'));
  }
  problems.forEach((text) => w.body(text));
  w.placeholder('phMeasures');

  // 五、其他需说明的情况
  w.heading('hProjOther');
  const summary = w.findingsSummary(new Set([tableIndex]), includeUnassigned);
  if (summary) w.body(summary);
  w.placeholder('phOther');
}

/** The table's 一级 summaries, with the 预算执行率 line first when the levels do not include it. */
function projectLevels(w: Writer, table: Table): LevelSummary[] {
  const levels = [...table.levels];
  const funds = table.funds;
  if (funds && funds.weight !== null && !levels.some((level) => /预算|资金/.test(level.name))) {
    levels.unshift({
      name: w.t('budgetExecutionLevel'),
      weight: funds.weight,
      score: funds.score,
      reportedScore: funds.reportedScore,
    });
  }
  return levels;
}

function prefixedLines(w: Writer, text: string, key: 'projGoal' | 'projActual'): void {
  splitLines(text).forEach((line, index) => w.body(index === 0 ? w.t(key, { text: line }) : line));
}
