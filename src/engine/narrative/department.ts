/**
 * The 部门整体支出绩效自评报告 (SPEC §7): built from the 部门整体支出绩效目标完成情况表 (targets, funds, key
 * tasks, staff) and the 部门整体支出绩效单位自评表 (score grid), whichever of the two the workbook has.
 */
import { formatMoney, formatRate } from '../format';
import type { FundLine, Indicator, Table } from '../model';
import {
  analysisGroupOf,
  budgetParts,
  cleanLabel,
  findTextBlock,
  keyTasks,
  lineRate,
  taskNames,
  unspent,
  cleanName,
} from './facts';
import { groupByLevel } from '../vocabulary/levels';
import { analysisClause } from './analysis';
import type { MessageKey } from './strings';
import { Writer, isRealIndicator, type Classified } from './writer';

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
  // Every indicator of the department that missed: a user's "all met" claim is checked against them.
  const missedAll = [targets, grid].flatMap((table) => (table ? w.classify(table, table.indicators).missed : []));

  w.title(w.t('titleDepartment', { unit, year: yearPart }));
  writeBasics(w, targets, grid, yearPart, missedAll);

  // 二、部门整体支出绩效目标实现情况
  const achievementTable = targets && targets.indicators.length > 0 ? targets : grid;
  const achievementIndicators =
    achievementTable === targets
      ? (targets?.indicators ?? [])
      : (grid?.indicators ?? []).filter((i) => {
          const group = analysisGroupOf(i.level1);
          return group === 'output' || group === 'effect';
        });
  const classified = achievementTable
    ? w.classify(achievementTable, achievementIndicators)
    : { met: [], missed: [], unknown: [], unreadable: [] };
  w.heading('hDeptAchievement');
  w.heading('hDeptGoalsDone');
  writeGoalsDone(w, targets, achievementTable, classified, yearPart, missedAll);
  w.heading('hDeptGoalsMissed');
  const missedLines = writeGoalsMissed(w, achievementTable, targets, classified, missedAll);

  // 三、绩效自评结论
  w.heading('hDeptConclusion');
  w.body(w.t('scoreCaption', { year: yearPart }));
  if (!grid || !w.scoreTable(grid, grid.levels)) w.placeholder('phScoreTable');
  if (grid) w.conclusion(grid, { withGrade: 'deptConclusion', withoutGrade: 'deptConclusionNoGrade' }, true);
  else w.placeholder('phTotal');

  // 四、绩效评价指标分析
  w.heading('hDeptAnalysis');
  const analysisTable = grid && grid.indicators.length > 0 ? grid : targets;
  // Without a score grid the rows of 四 are those 二（一） already stated: pointed to, not repeated.
  writeAnalysis(w, analysisTable, analysisTable === targets);

  // 五、存在的问题及改进措施: names only — the figures and reasons stand in 二 and 四 already.
  w.heading('hDeptProblems');
  w.heading('hProblemsMain');
  const summary = problemsSummary(w, missedAll, [targets, grid], missedLines);
  if (summary) w.body(summary);
  w.placeholder('phProblems');
  w.heading('hProblemsMeasures');
  w.placeholder('phMeasures');

  // 六、七
  w.heading('hDeptExperience');
  w.placeholder('phExperience');
  w.heading('hDeptOther');
  const leftover = w.leftoverChecks(sources.tableIndices, true);
  if (leftover) w.body(leftover);
  w.placeholder('phOther');
}

/** 一、部门基本情况. */
function writeBasics(
  w: Writer,
  targets: Table | undefined,
  grid: Table | undefined,
  yearPart: string,
  missed: readonly Indicator[],
): void {
  const tables = [targets, grid];
  w.heading('hDeptBasic');
  w.heading('hDeptOverview');
  w.heading('hDeptDuties');
  textOrPlaceholder(w, tables, /职责/, undefined, 'phDuties', missed);
  w.heading('hDeptOrganization');
  textOrPlaceholder(w, tables, /机构设置|内设机构/, undefined, 'phOrganization', missed);
  writeStaff(w, tables, yearPart);
  w.heading('hDeptWorkPlan');
  writeWorkPlan(w, targets, missed);
  w.heading('hDeptOverallGoal');
  textOrPlaceholder(w, tables, /总体目标|履职目标|年度目标|^目标$|工作任务/, /绩效|重点工作/, 'phOverallGoal', missed);
  w.heading('hDeptPerformanceGoal');
  textOrPlaceholder(w, tables, /绩效目标/, undefined, 'phPerformanceGoal', missed);
  w.heading('hDeptPerformanceManagement');
  textOrPlaceholder(w, tables, /绩效管理/, undefined, 'phPerformanceManagement', missed);
  w.heading('hDeptBudget');
  writeBudget(w, tables, yearPart);
}

function textOrPlaceholder(
  w: Writer,
  tables: ReadonlyArray<Table | undefined>,
  label: RegExp,
  exclude: RegExp | undefined,
  placeholder: MessageKey,
  missed: readonly Indicator[],
): void {
  for (const table of tables) {
    const block = findTextBlock(table, label, exclude);
    if (table && block) {
      w.userText(table, block.key, block.text, missed);
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
    if (staff.authorized !== null)
      clauses.push(w.t('staffAuthorized', { count: staff.authorized }) + w.checksAt(table, [staff.cells.authorized]));
    if (staff.actual !== null)
      clauses.push(w.t('staffActual', { count: staff.actual }) + w.checksAt(table, [staff.cells.actual]));
    w.body(w.t('staffIntro', { year: yearPart, clauses: w.join(clauses, 'clauseSeparator') }));
    return;
  }
  w.placeholder('phStaff');
}

/** 3.年度工作计划及重点工作任务: the plan text, else the 任务名称 column (never the budget lines), then the prose to write. */
function writeWorkPlan(w: Writer, targets: Table | undefined, missed: readonly Indicator[]): void {
  const block = findTextBlock(targets, /工作计划|重点工作/);
  if (targets && block) {
    w.userText(targets, block.key, block.text, missed);
    return;
  }
  const tasks = targets ? taskNames(targets) : [];
  if (tasks.length > 0) w.body(w.t('keyTaskList', { items: w.join(tasks, 'listSeparator') }));
  w.placeholder('phWorkPlan');
}

function writeBudget(w: Writer, tables: ReadonlyArray<Table | undefined>, yearPart: string): void {
  const table = tables.find((candidate) => candidate?.funds);
  const funds = table?.funds;
  const totalClauses = table && funds ? w.fundClauses(table, funds) : null;
  if (!table || !totalClauses) {
    w.placeholder('phBudget');
    return;
  }
  w.body(
    w.t('budgetTotal', { year: yearPart, clauses: totalClauses }) + w.budgetPartsClause(table) + w.t('sentenceEnd'),
  );
}

function writeGoalsDone(
  w: Writer,
  targets: Table | undefined,
  table: Table | undefined,
  classified: Classified,
  yearPart: string,
  missedAll: readonly Indicator[],
): void {
  let wrote = false;
  // What the department wrote as 实际完成情况 comes first, as written (an "all met" claim checked).
  const stated = findTextBlock(targets, /实际完成/);
  if (targets && stated) {
    w.userText(targets, stated.key, stated.text, missedAll);
    wrote = true;
  }
  const spending = spendingParagraph(w, targets);
  // A 预算执行金额 indicator repeats the spending sentence's figure: said once, there.
  const met = spending ? classified.met.filter((i) => !/执行金额|执行数|支出金额/.test(i.name)) : classified.met;
  const numericItems = table ? w.doneNumericItems(table, met) : null;
  if (numericItems) {
    w.body(w.t('doneList', { year: yearPart, items: numericItems }));
    wrote = true;
  }
  for (const text of table ? w.doneQualitativeTexts(table, met) : []) {
    w.body(text);
    wrote = true;
  }
  if (spending) {
    w.body(spending);
    wrote = true;
  }
  if (table && w.undecidedParagraphs(table, classified)) wrote = true;
  if (!wrote) w.placeholder('phGoalsDone');
}

/** "完成预算执行金额403.18万元，其中…" from the key tasks that spent something; null when none. */
function spendingParagraph(w: Writer, targets: Table | undefined): string | null {
  const funds = targets?.funds;
  const spent = targets ? keyTasks(targets).filter((task) => task.executed !== null && task.executed !== 0) : [];
  if (!targets || !funds || funds.executed === null || spent.length === 0) return null;
  const items = w.join(
    spent.map((task) =>
      w.t('spendingItem', {
        label: cleanLabel(task.label),
        amount: formatMoney(task.executed as number, targets.moneyUnit),
      }),
    ),
    'listSeparator',
  );
  // Its first amount carries what the checks found there (or about every amount of the table), if not yet said.
  const executed = formatMoney(funds.executed, targets.moneyUnit) + w.checksAt(targets, [funds.cells.executed], true);
  const rate = lineRate(funds);
  return rate === null
    ? w.t('doneSpendingNoRate', { executed, items })
    : w.t('doneSpending', { executed, items, rate: formatRate(rate) });
}

/** 二（二）: missed indicators with their reasons, then the budget not fully executed. Returns the lines named. */
function writeGoalsMissed(
  w: Writer,
  achievementTable: Table | undefined,
  targets: Table | undefined,
  classified: Classified,
  missedAll: readonly Indicator[],
): FundLine[] {
  let wrote = false;
  if (achievementTable && classified.missed.length > 0) {
    const items = classified.missed.map((i) => w.missedItem(achievementTable, i));
    w.body(w.t('missedIntro') + w.join(items, 'sentenceSeparator') + w.t('sentenceEnd'));
    wrote = true;
  }
  const lines = targets ? unspentParagraph(w, targets) : [];
  if (lines.length > 0) wrote = true;
  const undecided = classified.unknown.length + classified.unreadable.length;
  if (!wrote && missedAll.length === 0 && classified.met.length > 0 && undecided === 0) {
    w.body(w.t('missedNone'));
    wrote = true;
  }
  if (!wrote) w.placeholder('phGoalsMissed');
  return lines;
}

/** The total executed below 100%: which lines were not fully spent, how much is left and why. */
function unspentParagraph(w: Writer, table: Table): FundLine[] {
  const funds = table.funds;
  const totalRate = funds ? lineRate(funds) : null;
  if (!funds || totalRate === null || totalRate >= 1) return [];
  const belowFull = (line: FundLine): boolean => {
    const rate = lineRate(line);
    return rate !== null && rate < 1 && unspent(line) !== null;
  };
  let lines = keyTasks(table).filter(belowFull);
  if (lines.length === 0) lines = budgetParts(table).filter(belowFull);
  if (lines.length === 0) return [];
  const money = (value: number) => formatMoney(value, table.moneyUnit);
  // One line holding all of the unspent money: its amount is the total's, said once.
  const onlyLine = lines.length === 1 && money(unspent(lines[0]) as number) === money(unspent(funds) ?? 0);
  const item = (line: FundLine): string =>
    w.t(onlyLine ? 'missedExecutionOnlyItem' : 'missedExecutionItem', {
      label: cleanLabel(line.label),
      adjusted: money((line.adjusted ?? line.initial) as number),
      executed: money(line.executed as number),
      rate: formatRate(lineRate(line) as number),
      unspent: money(unspent(line) as number),
    }) + w.checksAt(table, [line.cells.adjusted, line.cells.executed, line.cells.rate]);
  // Lines that give the same reason share it: the reason is said once, after them.
  const groups: FundLine[][] = [];
  for (const line of lines) {
    const reason = line.reason?.trim() || null;
    const group = reason === null ? undefined : groups.find((g) => g[0].reason?.trim() === reason);
    if (group) group.push(line);
    else groups.push([line]);
  }
  const grouped = (group: FundLine[]) => w.join(group.map(item), 'sentenceSeparator');
  const text = (items: string) => w.t('missedExecution', { unspent: money(unspent(funds) ?? 0), items });
  if (groups.length === 1 && groups[0][0].reason?.trim()) {
    w.body(w.t('reasonAnalysis', { text: text(grouped(groups[0])), reason: w.reasonFor(table, groups[0][0]) }));
  } else {
    const items = groups.map((group) =>
      w.t('reasonInline', { text: grouped(group), reason: w.reasonFor(table, group[0]) }),
    );
    w.body(text(w.join(items, 'sentenceSeparator')) + w.t('sentenceEnd'));
  }
  return lines;
}

/** "从自评结果看，A、B未达到指标值；C预算执行率低于90%。" — names only; null when nothing missed. */
function problemsSummary(
  w: Writer,
  missed: readonly Indicator[],
  tables: ReadonlyArray<Table | undefined>,
  namedLines: readonly FundLine[],
): string | null {
  const items: string[] = [];
  const names = [...new Set(missed.map((i) => cleanName(i.name)))];
  if (names.length > 0) items.push(w.t('problemsMissed', { names: w.join(names, 'listSeparator') }));
  const low = tables.flatMap((table) =>
    table ? [...budgetParts(table), ...keyTasks(table)].filter((line) => w.lowExecution(line)) : [],
  );
  const labels = [...new Set([...low, ...namedLines.filter((l) => w.lowExecution(l))].map((l) => cleanLabel(l.label)))];
  if (labels.length > 0) {
    const threshold = formatRate(w.ctx.profile.lowExecutionRate, 0);
    items.push(w.t('problemsLowExecution', { labels: w.join(labels, 'listSeparator'), threshold }));
  }
  return items.length === 0 ? null : w.t('problemsSummary', { items: w.join(items, 'sentenceSeparator') });
}

const GROUP_HEADINGS: Record<'input' | 'process' | 'output' | 'effect', { heading: MessageKey; level: string }> = {
  input: { heading: 'hAnalysisInput', level: '投入' },
  process: { heading: 'hAnalysisProcess', level: '过程' },
  output: { heading: 'hAnalysisOutput', level: '产出' },
  effect: { heading: 'hAnalysisEffect', level: '效果' },
};

function writeAnalysis(w: Writer, table: Table | undefined, statedAbove: boolean): void {
  const indicators = (table?.indicators ?? []).filter(isRealIndicator);
  const byGroup = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    // A flat list names no 一级: its rows go under 其他, not under a nameless heading.
    const key = analysisGroupOf(indicator.level1) ?? (cleanName(indicator.level1) || w.t('unnamedLevel'));
    const rows = byGroup.get(key);
    if (rows) rows.push(indicator);
    else byGroup.set(key, [indicator]);
  }
  for (const group of ['input', 'process', 'output', 'effect'] as const) {
    w.heading(GROUP_HEADINGS[group].heading);
    const rows = byGroup.get(group) ?? [];
    const level = GROUP_HEADINGS[group].level;
    if (table && rows.length > 0 && !statedAbove) writeAnalysisGroups(w, table, rows);
    else {
      if (rows.length > 0) w.body(w.t('analysisStatedAbove', { level }));
      w.placeholder('phAnalysis', { level });
    }
  }
  // 一级指标 outside the four (能力建设 in some provinces) get their own subsections after them.
  const ordinals = w.t('ordinals').split(',');
  let next = 4;
  for (const [key, rows] of byGroup) {
    if (!table || key in GROUP_HEADINGS) continue;
    w.heading('hAnalysisOther', { ordinal: ordinals[next] ?? String(next + 1), level: key });
    next++;
    if (statedAbove) w.body(w.t('analysisStatedAbove', { level: key }));
    else writeAnalysisGroups(w, table, rows);
  }
}

function writeAnalysisGroups(w: Writer, table: Table, rows: readonly Indicator[]): void {
  let ordinal = 1;
  for (const { name: level2, rows: members } of groupByLevel(rows, 2)) {
    const clauses = members.map((indicator) => analysisClause(w, table, indicator));
    w.body(w.t('analysisGroup', { ordinal, level2: cleanName(level2), clauses: w.join(clauses, 'sentenceSeparator') }));
    ordinal++;
  }
}
