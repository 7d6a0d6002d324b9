/**
 * The 部门整体支出绩效自评报告 (SPEC §7): built from the 部门整体支出绩效目标完成情况表 (targets, funds, key
 * tasks, staff) and the 部门整体支出绩效单位自评表 (score grid), whichever of the two the workbook has.
 */
import type { FundLine, Indicator, Table } from '../model';
import {
  analysisGroupOf,
  budgetParts,
  cleanLabel,
  cleanReason,
  displayedScore,
  findText,
  keyTasks,
  splitLines,
  type AnalysisGroup,
} from './facts';
import { formatMoney, formatRate, formatScore } from '../format';
import { groupByLevel } from '../vocabulary/levels';
import { formatActual, formatTarget } from './format';
import type { MessageKey } from './strings';
import { Writer, isRealIndicator } from './writer';

export interface DepartmentSources {
  /** 部门整体支出绩效目标完成情况表 (kind 'department'). */
  targets?: Table;
  /** 部门整体支出绩效单位自评表 (kind 'departmentScore'). */
  grid?: Table;
  /** Indices (in the tables passed to generateNarrative) of every department-level table. */
  tableIndices: ReadonlySet<number>;
}

export function writeDepartmentReport(w: Writer, sources: DepartmentSources): void {
  const { targets, grid } = sources;
  const year = targets?.year ?? grid?.year ?? null;
  const unit = targets?.unitName ?? grid?.unitName ?? '';
  const yearPart = w.yearPart(year);

  w.title(w.t('titleDepartment', { unit, year: yearPart }));

  // 一、部门基本情况
  w.heading('hDeptBasic');
  w.heading('hDeptOverview');
  w.heading('hDeptDuties');
  textOrPlaceholder(w, [targets, grid], /职责/, undefined, 'phDuties');
  w.heading('hDeptOrganization');
  textOrPlaceholder(w, [targets, grid], /机构设置|内设机构/, undefined, 'phOrganization');
  writeStaff(w, [targets, grid], yearPart);
  w.heading('hDeptWorkPlan');
  writeWorkPlan(w, targets);
  w.heading('hDeptOverallGoal');
  textOrPlaceholder(w, [targets, grid], /总体目标|履职目标|年度目标|^目标$|工作任务/, /绩效|重点工作/, 'phOverallGoal');
  w.heading('hDeptPerformanceGoal');
  textOrPlaceholder(w, [targets, grid], /绩效目标/, undefined, 'phPerformanceGoal');
  w.heading('hDeptPerformanceManagement');
  textOrPlaceholder(w, [targets, grid], /绩效管理/, undefined, 'phPerformanceManagement');
  w.heading('hDeptBudget');
  writeBudget(w, [targets, grid], yearPart);

  // 二、部门整体支出绩效目标实现情况
  const achievementTable = targets && targets.indicators.length > 0 ? targets : grid;
  const achievementIndicators =
    achievementTable === targets
      ? (targets?.indicators ?? [])
      : (grid?.indicators ?? []).filter((i) => {
          const group = analysisGroupOf(i.level1);
          return group === 'output' || group === 'effect';
        });
  const classified = w.classify(achievementIndicators);
  w.heading('hDeptAchievement');
  w.heading('hDeptGoalsDone');
  writeGoalsDone(w, targets, classified, yearPart);
  w.heading('hDeptGoalsMissed');
  writeGoalsMissed(w, achievementTable, targets, classified);

  // 三、绩效自评结论
  w.heading('hDeptConclusion');
  w.body(w.t('scoreCaption', { year: yearPart }));
  if (!grid || !w.scoreTable(grid, grid.levels)) w.placeholder('phScoreTable');
  if (grid) w.conclusion(grid, { withGrade: 'deptConclusion', withoutGrade: 'deptConclusionNoGrade' }, true);
  else w.placeholder('phTotal');

  // 四、绩效评价指标分析
  w.heading('hDeptAnalysis');
  const analysisTable = grid && grid.indicators.length > 0 ? grid : targets;
  writeAnalysis(w, analysisTable);

  // 五、存在的问题及改进措施
  w.heading('hDeptProblems');
  w.heading('hProblemsMain');
  const entries: Array<{ table: Table; indicators: Indicator[]; lines: FundLine[] }> = [];
  const named = new Set<string>();
  for (const table of [targets, grid]) {
    if (!table) continue;
    const missed = w.classify(table.indicators).missed.filter((i) => !named.has(i.name.trim()));
    missed.forEach((i) => named.add(i.name.trim()));
    const lines = [...budgetParts(table), ...keyTasks(table)].filter((line) => w.lowExecution(line));
    entries.push({ table, indicators: missed, lines });
  }
  const problems = w.problems(entries);
  if (problems.length === 0) w.placeholder('phProblems');
  problems.forEach((text) => w.body(text));
  w.heading('hProblemsMeasures');
  w.placeholder('phMeasures');

  // 六、七
  w.heading('hDeptExperience');
  w.placeholder('phExperience');
  w.heading('hDeptOther');
  const summary = w.findingsSummary(sources.tableIndices, true);
  if (summary) w.body(summary);
  w.placeholder('phOther');
}

function textOrPlaceholder(
  w: Writer,
  tables: ReadonlyArray<Table | undefined>,
  label: RegExp,
  exclude: RegExp | undefined,
  placeholder: MessageKey,
): void {
  for (const table of tables) {
    const text = findText(table, label, exclude);
    if (text) {
      splitLines(text).forEach((line) => w.body(line));
      return;
    }
  }
  w.placeholder(placeholder);
}

function writeStaff(w: Writer, tables: ReadonlyArray<Table | undefined>, yearPart: string): void {
  for (const table of tables) {
    const staff = table?.staff;
    if (!table || !staff || (staff.authorized === null && staff.actual === null)) continue;
    const clauses: string[] = [];
    if (staff.authorized !== null) clauses.push(w.t('staffAuthorized', { count: formatScore(staff.authorized) }));
    if (staff.actual !== null) clauses.push(w.t('staffActual', { count: formatScore(staff.actual) }));
    let text = w.t('staffIntro', { year: yearPart, clauses: w.join(clauses, 'clauseSeparator') });
    if (w.ctx.flagged.any(table.sheet, Object.values(staff.cells))) text += w.t('anomalyNote');
    w.body(text);
    return;
  }
  w.placeholder('phStaff');
}

function writeWorkPlan(w: Writer, targets: Table | undefined): void {
  const text = findText(targets, /工作计划|重点工作/);
  if (text) {
    splitLines(text).forEach((line) => w.body(line));
    return;
  }
  const tasks = targets ? keyTasks(targets) : [];
  if (tasks.length > 0) {
    w.body(
      w.t('keyTaskList', {
        items: w.join(
          tasks.map((task) => cleanLabel(task.label)),
          'listSeparator',
        ),
      }),
    );
  }
  // The work plan itself is prose the workbook does not hold.
  w.placeholder('phWorkPlan');
}

function writeBudget(w: Writer, tables: ReadonlyArray<Table | undefined>, yearPart: string): void {
  const table = tables.find((candidate) => candidate?.funds);
  const funds = table?.funds;
  const totalClauses = table && funds ? w.fundClauses(funds, table.moneyUnit) : null;
  if (!table || !funds || !totalClauses) {
    w.placeholder('phBudget');
    return;
  }
  const text = w.withFundNote(w.t('budgetTotal', { year: yearPart, clauses: totalClauses }), table, funds);
  w.body(text + w.budgetPartsClause(table) + w.t('sentenceEnd'));
}

type Classified = ReturnType<Writer['classify']>;

function writeGoalsDone(w: Writer, targets: Table | undefined, classified: Classified, yearPart: string): void {
  let wrote = false;
  // What the department wrote as 实际完成情况 comes first, as written.
  const stated = findText(targets, /实际完成/);
  if (stated) {
    splitLines(stated).forEach((line) => w.body(line));
    wrote = true;
  }
  const numericItems = w.doneNumericItems(classified.met);
  if (numericItems) {
    w.body(w.t('doneList', { year: yearPart, items: numericItems }));
    wrote = true;
  }
  for (const text of w.doneQualitativeTexts(classified.met)) {
    w.body(text);
    wrote = true;
  }
  const funds = targets?.funds;
  const spent = targets ? keyTasks(targets).filter((task) => task.executed !== null) : [];
  if (targets && funds && funds.executed !== null && spent.length > 0) {
    const items = w.join(
      spent.map((task) =>
        w.t('spendingItem', {
          label: cleanLabel(task.label),
          amount: formatMoney(task.executed as number, targets.moneyUnit),
        }),
      ),
      'listSeparator',
    );
    const executed = formatMoney(funds.executed, targets.moneyUnit);
    const rate = funds.rate ?? funds.statedRate;
    w.body(
      rate === null
        ? w.t('doneSpendingNoRate', { executed, items })
        : w.t('doneSpending', { executed, items, rate: formatRate(rate) }),
    );
    wrote = true;
  }
  if (w.undecidedParagraphs(classified)) wrote = true;
  if (!wrote) w.placeholder('phGoalsDone');
}

function writeGoalsMissed(
  w: Writer,
  achievementTable: Table | undefined,
  targets: Table | undefined,
  classified: Classified,
): void {
  let wrote = false;
  if (achievementTable && classified.missed.length > 0) {
    const items = classified.missed.map((i) => w.missedItem(achievementTable, i));
    w.body(w.t('missedIntro') + w.join(items, 'sentenceSeparator') + w.t('sentenceEnd'));
    wrote = true;
  }
  const fundsTable = targets?.funds ? targets : undefined;
  const funds = fundsTable?.funds;
  const totalRate = funds ? (funds.rate ?? funds.statedRate) : null;
  if (fundsTable && totalRate !== null && totalRate < 1) {
    const belowFull = (line: FundLine): boolean => {
      const rate = line.rate ?? line.statedRate;
      return rate !== null && rate < 1 && (line.adjusted ?? line.initial) !== null && line.executed !== null;
    };
    let lines = keyTasks(fundsTable).filter(belowFull);
    if (lines.length === 0) lines = budgetParts(fundsTable).filter(belowFull);
    const reasons = lines.map((line) => cleanReason(line.reason));
    const shared = reasons.length > 0 && reasons.every((r) => r !== null && r === reasons[0]) ? reasons[0] : null;
    const items = lines.map((line, index) => {
      const item = w.withFundNote(
        w.t('missedExecutionItem', {
          label: cleanLabel(line.label),
          adjusted: formatMoney((line.adjusted ?? line.initial) as number, fundsTable.moneyUnit),
          executed: formatMoney(line.executed as number, fundsTable.moneyUnit),
          rate: formatRate((line.rate ?? line.statedRate) as number),
        }),
        fundsTable,
        line,
      );
      if (shared !== null) return item;
      return w.t('reasonInline', { text: item, reason: reasons[index] ?? w.placeholderText('phReason') });
    });
    if (items.length > 0) {
      const text = w.t('missedExecution', {
        rate: formatRate(totalRate),
        items: w.join(items, 'sentenceSeparator'),
      });
      w.body(shared !== null ? w.t('reasonAnalysis', { text, reason: shared }) : text + w.t('sentenceEnd'));
      wrote = true;
    }
  }
  if (!wrote && classified.met.length > 0 && classified.unknown.length === 0 && classified.unreadable.length === 0) {
    w.body(w.t('missedNone'));
    wrote = true;
  }
  if (!wrote) w.placeholder('phGoalsMissed');
}

const GROUP_HEADINGS: Record<AnalysisGroup, { heading: MessageKey; level: string }> = {
  input: { heading: 'hAnalysisInput', level: '投入' },
  process: { heading: 'hAnalysisProcess', level: '过程' },
  output: { heading: 'hAnalysisOutput', level: '产出' },
  effect: { heading: 'hAnalysisEffect', level: '效果' },
};

function writeAnalysis(w: Writer, table: Table | undefined): void {
  const indicators = (table?.indicators ?? []).filter(isRealIndicator);
  const byGroup = new Map<AnalysisGroup | string, Indicator[]>();
  for (const indicator of indicators) {
    const key = analysisGroupOf(indicator.level1) ?? indicator.level1.trim();
    const rows = byGroup.get(key);
    if (rows) rows.push(indicator);
    else byGroup.set(key, [indicator]);
  }
  for (const group of ['input', 'process', 'output', 'effect'] as const) {
    w.heading(GROUP_HEADINGS[group].heading);
    const rows = byGroup.get(group) ?? [];
    if (table && rows.length > 0) writeAnalysisGroups(w, table, rows);
    else w.placeholder('phAnalysis', { level: GROUP_HEADINGS[group].level });
  }
  // 一级指标 outside the four (能力建设 in some provinces) get their own subsections after them.
  const ordinals = w.t('ordinals').split(',');
  let next = 4;
  for (const [key, rows] of byGroup) {
    if (!table || ['input', 'process', 'output', 'effect'].includes(key)) continue;
    w.heading('hAnalysisOther', { ordinal: ordinals[next] ?? String(next + 1), level: key });
    next++;
    writeAnalysisGroups(w, table, rows);
  }
}

function writeAnalysisGroups(w: Writer, table: Table, rows: readonly Indicator[]): void {
  let ordinal = 1;
  for (const { name: level2, rows: members } of groupByLevel(rows, 2)) {
    const clauses = members.map((indicator) => analysisClause(w, table, indicator));
    w.body(w.t('analysisGroup', { ordinal, level2, clauses: w.join(clauses, 'sentenceSeparator') }));
    ordinal++;
  }
}

function analysisClause(w: Writer, table: Table, indicator: Indicator): string {
  const name = indicator.name.trim();
  const actual = formatActual(indicator);
  const target = formatTarget(indicator);
  const unreadableCells = w.unreadableCellNames(indicator);
  let text = unreadableCells
    ? w.t('analysisUnreadable', { name, cells: unreadableCells })
    : typeof indicator.actual === 'number' && actual !== null
      ? target
        ? w.t('analysisNumericTarget', { name, actual, target })
        : w.t('analysisNumeric', { name, actual })
      : w.t('analysisQualitative', { name, actual: actual ?? '—' });
  // A rate the engine can compute from the workbook's own inputs (SPEC §5), when it reads otherwise.
  const actualCell = indicator.cells.actual;
  const derived = actualCell
    ? table.derivedRates.find((r) => r.statedAt?.row === actualCell.row && r.statedAt?.col === actualCell.col)
    : undefined;
  if (derived && formatRate(derived.value) !== actual) {
    text = w.t('analysisDerived', { text, rate: formatRate(derived.value) });
  }
  const score = displayedScore(indicator);
  if (indicator.weight !== null && score !== null) {
    text = w.t('analysisScore', { text, score: formatScore(score), weight: formatScore(indicator.weight) });
  }
  const missed = w.targetMet(indicator) === false;
  if (missed) text = w.t('analysisMissed', { text });
  const reason = cleanReason(indicator.reason);
  if (reason) text = w.t('analysisReason', { text, reason });
  else if (missed) text = w.t('analysisReason', { text, reason: w.placeholderText('phReason') });
  return w.withIndicatorNote(text, table, indicator);
}
