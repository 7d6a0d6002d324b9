/**
 * The 项目支出绩效自评报告 for one 项目支出绩效自评表 (SPEC §7): 一、基本情况 二、绩效目标实现情况 三、自评结论
 * 四、偏差原因及改进措施 五、其他需说明的情况. 二 states what was reached and what was not (figures); 四 gives
 * the reasons (no figure twice).
 */
import { formatMoney, formatRate, formatScore } from '../format';
import type { FundLine, Indicator, LevelSummary, Table } from '../model';
import { budgetParts, cleanLabel, displayedScore, findTextBlock, lineRate, unspent, cleanName } from './facts';
import { formatActual, formatTarget } from './format';
import { Writer, type Classified } from './writer';

export function writeProjectReport(w: Writer, table: Table, tableIndex: number, includeUnassigned: boolean): void {
  // A name read with the form's own words ("…经费支出绩效自评表") loses them: the title adds its own.
  const project = table.projectName?.trim().replace(/(项目)?(支出)?绩效自评表$/, '') || w.t('unnamedProject');
  // "池州市2022年职业技能提升培训项目" already names its year: not "…项目2022年度…".
  const yearPart =
    table.year === null || project.includes(String(table.year)) ? '' : w.t('projectYear', { year: table.year });
  // "…培训项目" + "项目支出绩效自评报告" would say 项目 twice.
  w.title(w.t('titleProject', { project: yearPart === '' ? project.replace(/项目$/, '') : project, year: yearPart }));
  const classified = w.classify(table, table.indicators);

  // 一、基本情况
  w.heading('hProjBasic');
  const identity: string[] = [];
  if (table.projectName?.trim()) identity.push(w.t('projIdentity', { project: table.projectName.trim() }));
  if (table.unitName?.trim()) identity.push(w.t('projUnit', { unit: table.unitName.trim() }));
  if (identity.length > 0) w.body(w.join(identity, 'sentenceSeparator') + w.t('sentenceEnd'));
  const funds = table.funds;
  const fundClauses = funds ? w.fundClauses(table, funds) : null;
  const partsClause = w.budgetPartsClause(table);
  if (fundClauses) w.body(w.t('projFunds', { clauses: fundClauses }) + partsClause + w.t('sentenceEnd'));
  else if (funds && partsClause) {
    // An all-zero 年度资金总额 row over parts that hold the money: the parts, and the checks on the total.
    const parts = partsClause.replace(/^[，,]\s*(其中|of which)?\s*/, '');
    w.body(w.t('projFundsParts', { parts }) + w.checksAt(table, Object.values(funds.cells)) + w.t('sentenceEnd'));
  } else w.placeholder('phProjectFunds');
  const goal = findTextBlock(table, /年度目标|总体目标|预期目标|绩效目标/);
  if (goal) w.userText(table, goal.key, goal.text, classified.missed, 'projGoal');
  else w.placeholder('phProjectGoal');

  // 二、绩效目标实现情况
  w.heading('hProjAchievement');
  writeAchievement(w, table, classified, goal);

  // 三、自评结论
  w.heading('hProjConclusion');
  w.body(w.t('projectScoreCaption', { project }));
  if (!w.scoreTable(table, projectLevels(w, table))) w.placeholder('phScoreTable');
  w.conclusion(table, { withGrade: 'projConclusion', withoutGrade: 'projConclusionNoGrade' }, false);

  // 四、偏差原因及改进措施
  w.heading('hProjDeviation');
  writeDeviations(w, table, classified);
  w.placeholder('phMeasures');

  // 五、其他需说明的情况
  w.heading('hProjOther');
  const leftover = w.leftoverChecks(new Set([tableIndex]), includeUnassigned);
  if (leftover) w.body(leftover);
  w.placeholder('phOther');
}

function writeAchievement(
  w: Writer,
  table: Table,
  classified: Classified,
  goal: { key: string; text: string } | null,
): void {
  let wrote = false;
  const actualText = findTextBlock(table, /实际完成/);
  // 实际完成情况 written as the very words of 年度总体目标 was said once already, in 一.
  if (actualText && actualText.text !== goal?.text) {
    w.userText(table, actualText.key, actualText.text, classified.missed, 'projActual');
    wrote = true;
  }
  const numericItems = w.doneNumericItems(table, classified.met);
  if (numericItems) {
    w.body(w.t('projDoneList', { items: numericItems }));
    wrote = true;
  }
  for (const text of w.doneQualitativeTexts(table, classified.met)) {
    w.body(text);
    wrote = true;
  }
  if (classified.missed.length > 0) {
    const items = classified.missed.map(
      (i) =>
        w.t('missedItem', { name: cleanName(i.name), target: formatTarget(i) ?? '—', actual: formatActual(i) ?? '—' }) +
        w.indicatorChecks(table, i),
    );
    w.body(w.t('missedIntro') + w.join(items, 'sentenceSeparator') + w.t('sentenceEnd'));
    wrote = true;
  }
  if (w.undecidedParagraphs(table, classified)) wrote = true;
  if (!wrote) w.placeholder('phProjectDone');
}

/** 四: the reason of each missed target, each deduction on a met one, each fund line left unspent. */
function writeDeviations(w: Writer, table: Table, classified: Classified): void {
  const out: string[] = [];
  for (const indicator of classified.missed) {
    out.push(w.t('projMissedReason', { name: cleanName(indicator.name), reason: w.reasonFor(table, indicator) }));
  }
  for (const indicator of deductedButMet(w, table)) {
    const score = displayedScore(indicator) as number;
    out.push(
      w.t('projDeducted', {
        name: cleanName(indicator.name),
        score: formatScore(score),
        weight: formatScore(indicator.weight as number),
        checks: w.checksAt(table, [indicator.cells.score]),
        reason: w.reasonFor(table, indicator, 'phDeductionReason'),
      }),
    );
  }
  for (const line of lowLines(w, table)) {
    out.push(
      w.t('projUnspent', {
        label: cleanLabel(line.label),
        unspent: formatMoney(unspent(line) as number, table.moneyUnit),
        reason: unspentReason(w, table, line),
      }),
    );
  }
  const allKnown = classified.unknown.length === 0 && classified.unreadable.length === 0;
  if (out.length === 0 && classified.met.length > 0 && allKnown) out.push(w.t('missedNone'));
  out.forEach((text) => w.body(text));
}

/** Met indicators that lost points: the deduction needs its reason. */
function deductedButMet(w: Writer, table: Table): Indicator[] {
  // Indexed, without a callback per indicator: most rows keep their full 分值 and stop at the comparison.
  const deducted: Indicator[] = [];
  const indicators = table.indicators;
  for (let index = 0; index < indicators.length; index++) {
    const indicator = indicators[index];
    const score = displayedScore(indicator);
    if (
      indicator.weight !== null &&
      score !== null &&
      score < indicator.weight &&
      w.met(table, indicator, index) === true
    )
      deducted.push(indicator);
  }
  return deducted;
}

/** The total and the sources below the low-execution threshold (a source at the total's rate adds nothing). */
function lowLines(w: Writer, table: Table): FundLine[] {
  const funds = table.funds;
  const low = (line: FundLine) => w.lowExecution(line) && unspent(line) !== null;
  // Most sources are not low: their rates are formatted only when they are.
  const lowParts = budgetParts(table).filter(low);
  const totalRate = funds && lowParts.length > 0 ? lineRate(funds) : null;
  const rateText = totalRate === null ? null : formatRate(totalRate);
  const parts = lowParts.filter((line) => {
    const rate = lineRate(line);
    return rate === null || formatRate(rate) !== rateText;
  });
  return [...(funds && low(funds) ? [funds] : []), ...parts];
}

/**
 * The reason typed for a line, else one drafted from the data — which sources hold the unspent money — in a
 * 【待核实】 marker, else a 【待填写】.
 */
function unspentReason(w: Writer, table: Table, line: FundLine): string {
  if (line.reason?.trim() || line !== table.funds) return w.reasonFor(table, line);
  const parts = budgetParts(table).filter((part) => unspent(part) !== null);
  if (parts.length === 0) return w.reasonFor(table, line);
  w.ctx.checks.takeReason(table.sheet, Object.values(line.cells));
  const money = (value: number) => formatMoney(value, table.moneyUnit);
  const whole = parts.length === 1 && money(unspent(parts[0]) as number) === money(unspent(line) as number);
  const draft = whole
    ? w.t('draftUnspentAll', { label: cleanLabel(parts[0].label) })
    : w.t('draftUnspent', {
        parts: w.join(
          parts.map((part) =>
            w.t('draftUnspentPart', { label: cleanLabel(part.label), unspent: money(unspent(part) as number) }),
          ),
          'listSeparator',
        ),
      });
  const cell = line.cells.rate ?? line.cells.label;
  return w.checkText(draft, table.sheet, cell);
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
