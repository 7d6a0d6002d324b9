/**
 * Paragraph accumulator and the sentence builders both report kinds share (fund clauses, indicator lists,
 * reasons, the score table, markers). Every word comes from the message table through `t`.
 */
import { parseA1, toA1 } from '../a1';
import { formatMoney, formatRate, formatScore } from '../format';
import type { CellPos, Finding, FundLine, Indicator, LevelSummary, NarrativeParagraph, Table } from '../model';
import type { RuleProfile } from '../profiles';
import { append, CheckMarkers, markerWording } from './checks';
import { claimsAllMet, restatesMiss, sentencesOf } from './claims';
import {
  budgetParts,
  cleanLabel,
  cleanReason,
  displayedScore,
  emptyFundLine,
  type Verdict,
  levelWeightSum,
  lineRate,
  cleanName,
  splitLines,
} from './facts';
import { formatActual, formatTarget, valueUnreadable } from './format';
import { markerSafe } from './markers';
import type { ScoredTable } from '../scoring';
import { isPlaceholderName } from '../vocabulary/placeholders';
import { HEADING_LEVELS, type MessageKey, type NarrativeLocale, type Translate } from './strings';

export interface WriterContext {
  t: Translate;
  locale: NarrativeLocale;
  profile: RuleProfile;
  checks: CheckMarkers;
  /**
   * The scoring's verdict on an indicator: the report never decides "met" itself. `index`: the indicator's
   * place in table.indicators, when the caller knows it (a quicker lookup).
   */
  verdict: (table: Table, indicator: Indicator, index?: number) => Verdict;
  /** The scored table (totals and grade as the sheet will show them). */
  scored: (table: Table) => ScoredTable | undefined;
}

export interface Classified {
  met: Indicator[];
  missed: Indicator[];
  unknown: Indicator[];
  unreadable: Indicator[];
}

type Data = Record<string, string | number>;

/** A name that already says it was done ("完成…", "实现…", "达到…"). */
const SAYS_DONE = /^(完成|实现|达到)/;

export class Writer {
  readonly paragraphs: NarrativeParagraph[] = [];

  /** ctx.t, as a field rather than a getter: asked for every sentence piece. */
  readonly t: Translate;

  constructor(readonly ctx: WriterContext) {
    this.t = ctx.t;
  }

  title(text: string): void {
    this.paragraphs.push({ style: 'title', text });
  }

  heading(key: MessageKey, data?: Data): void {
    const paragraph: NarrativeParagraph = { style: 'heading', text: this.t(key, data) };
    const level = HEADING_LEVELS[key];
    if (level) paragraph.level = level;
    this.paragraphs.push(paragraph);
  }

  body(text: string): void {
    this.paragraphs.push({ style: 'body', text });
  }

  placeholder(whatKey: MessageKey, data?: Data): void {
    this.body(this.placeholderText(whatKey, data));
  }

  /** 【待填写：what】, or 【待填写：what（where）】 when `where` is given. */
  placeholderText(whatKey: MessageKey, data?: Data, where?: string): string {
    const what = markerSafe(this.t(whatKey, data));
    return where ? this.t('placeholderAt', { what, where: markerSafe(where) }) : this.t('placeholder', { what });
  }

  /** 【待核实：what，Sheet!A1】 (or without the cell). */
  checkText(what: string, sheet?: string, pos?: CellPos): string {
    const safe = markerSafe(what);
    return sheet && pos
      ? this.t('checkAt', { what: safe, cell: cellName(sheet, pos) })
      : this.t('check', { what: safe });
  }

  tableRow(cells: string[]): void {
    this.paragraphs.push({ style: 'tableRow', text: cells.join('\t'), cells });
  }

  // ——— shared sentence pieces ———

  yearPart(year: number | null): string {
    return year === null ? '' : this.t('yearPart', { year });
  }

  join(items: readonly string[], separator: 'listSeparator' | 'clauseSeparator' | 'sentenceSeparator'): string {
    return items.join(this.t(separator));
  }

  /**
   * Markers for the findings at these cells (each finding once in the whole report): '' when none. Put right
   * after the figure they concern. `money`: the figure is an amount of `table`, so a finding about all its
   * amounts (money-unit-suspect) is said here if no earlier amount said it.
   */
  checksAt(table: Table, positions: ReadonlyArray<CellPos | undefined>, money = false): string {
    const findings = this.ctx.checks.take(table.sheet, positions, money ? table : undefined);
    if (findings.length === 0) return ''; // the usual case: nothing flagged here
    const byCell = new Map<string, Finding[]>();
    for (const finding of findings) append(byCell, finding.cell, finding);
    // The same issue on several cells of one line (合计 ≠ Σ in three columns) is said once, at its first cell.
    const byIssue = new Map<string, string>();
    for (const [cell, group] of byCell) if (!byIssue.has(this.issues(group))) byIssue.set(this.issues(group), cell);
    return [...byIssue].map(([issue, cell]) => this.checkText(issue, table.sheet, parseA1(cell))).join('');
  }

  private issues(findings: readonly Finding[]): string {
    const texts = findings.map((finding) => {
      const fix = typeof finding.fix?.value === 'number' ? formatScore(finding.fix.value) : null;
      if (finding.code === 'score-mismatch' && fix !== null) return this.t('issueScoreFix', { fix });
      return markerWording(finding.code, this.ctx.locale) ?? this.t('issueDefault');
    });
    return [...new Set(texts)].join(this.t('sentenceSeparator'));
  }

  /** 年初预算数…，全年预算数…，全年执行数…，执行率… for the values the line has; null for an empty line. */
  fundClauses(table: Table, line: FundLine): string | null {
    if (emptyFundLine(line)) return null;
    const unit = table.moneyUnit;
    const clauses: string[] = [];
    // Most sheets have no finding: no marker lookup (and no list of cells) per amount then.
    const flagged = this.ctx.checks.anyOn(table.sheet);
    const add = (key: MessageKey, amount: number | null, cell: CellPos | undefined): void => {
      if (amount === null) return;
      const amountText = this.t(key, { amount: formatMoney(amount, unit) });
      clauses.push(flagged ? amountText + this.checksAt(table, [cell], true) : amountText);
    };
    add('fundInitial', line.initial, line.cells.initial);
    add('fundAdjusted', line.adjusted, line.cells.adjusted);
    add('fundExecuted', line.executed, line.cells.executed);
    const rate = lineRate(line);
    if (rate !== null) {
      const rateText = this.t('fundRate', { rate: formatRate(rate) });
      clauses.push(flagged ? rateText + this.checksAt(table, [line.cells.rate]) : rateText);
    }
    return clauses.length === 0 ? null : this.join(clauses, 'clauseSeparator');
  }

  /** "，其中基本支出…；项目支出…" for the table's budget parts that have figures; '' when none has. */
  budgetPartsClause(table: Table): string {
    const lines = budgetParts(table);
    // A single part holding the whole total would repeat its figures: "，全部为当年财政拨款".
    const total = table.funds;
    const same = (line: FundLine) =>
      total !== null && (['initial', 'adjusted', 'executed'] as const).every((key) => line[key] === total[key]);
    if (lines.length === 1 && same(lines[0])) return this.t('budgetPartsAll', { label: cleanLabel(lines[0].label) });
    const parts: string[] = [];
    for (const line of lines) {
      const clauses = this.fundClauses(table, line);
      if (clauses) parts.push(this.t('budgetPart', { label: cleanLabel(line.label), clauses }));
    }
    return parts.length === 0 ? '' : this.t('budgetParts', { parts: this.join(parts, 'sentenceSeparator') });
  }

  /** "完成设置综合窗口数16个" / "投诉处理超期0次" / "满意度100%". */
  doneItem(table: Table, indicator: Indicator): string {
    const value = formatActual(indicator) ?? '';
    const name = cleanName(indicator.name);
    // "投诉处理超期0次", "满意度100%", "覆盖率100%" read without the leading 完成 (as the seed writes them).
    const plain =
      indicator.direction === '≤' ||
      value.endsWith('%') ||
      SAYS_DONE.test(name) ||
      name.endsWith('率') ||
      typeof indicator.actual !== 'number';
    return this.t(plain ? 'doneItemPlain' : 'doneItem', { name, value }) + this.valueChecks(table, indicator);
  }

  /** "完成设置综合窗口数16个、…": the met indicators with a numeric actual, listed; null when there are none. */
  doneNumericItems(table: Table, met: readonly Indicator[]): string | null {
    // One indexed pass (no filter and map callbacks): a step per met indicator of every table.
    const items: string[] = [];
    for (let i = 0; i < met.length; i++) {
      if (typeof met[i].actual === 'number') items.push(this.doneItem(table, met[i]));
    }
    return items.length === 0 ? null : this.join(items, 'listSeparator');
  }

  /** One sentence per qualitative actual ("A、B：达成年度指标。"), naming the met indicators that state it. */
  doneQualitativeTexts(table: Table, met: readonly Indicator[]): string[] {
    const namesByActual = new Map<string, string[]>();
    for (let i = 0; i < met.length; i++) {
      const indicator = met[i];
      if (typeof indicator.actual === 'number') continue;
      const actual = formatActual(indicator) ?? '';
      const name = cleanName(indicator.name) + this.valueChecks(table, indicator);
      append(namesByActual, actual, name);
    }
    return [...namesByActual].map(([actual, names]) =>
      this.t('doneQualitative', { names: this.join(names, 'listSeparator'), actual }),
    );
  }

  /** Markers for the findings on an indicator's name, 指标值 and 实际完成值 (its score is said where scores are). */
  valueChecks(table: Table, indicator: Indicator): string {
    if (!this.ctx.checks.anyOn(table.sheet)) return ''; // asked for every row: most sheets have no finding
    const { target, direction, unit, actual, name } = indicator.cells;
    return this.checksAt(table, [actual, target, direction, unit, name]);
  }

  /** Markers for the findings on an indicator's cells (not its reason: see `reasonFor`). */
  indicatorChecks(table: Table, indicator: Indicator): string {
    if (!this.ctx.checks.anyOn(table.sheet)) return '';
    const { target, direction, unit, actual, weight, score, name } = indicator.cells;
    return this.checksAt(table, [actual, target, direction, unit, weight, score, name]);
  }

  /** "重点支出保障率指标值≥90%，实际完成值79.94%，偏差原因：…" */
  missedItem(table: Table, indicator: Indicator): string {
    const text = this.t('missedItem', {
      name: cleanName(indicator.name),
      target: formatTarget(indicator) ?? '—',
      actual: formatActual(indicator) ?? '—',
    });
    return this.t('withReason', {
      text: text + this.indicatorChecks(table, indicator),
      reason: this.reasonFor(table, indicator),
    });
  }

  /**
   * The reason a row gives, as typed; a reason that only restates the miss is quoted in a 【待核实】 marker;
   * none at all is a 【待填写：偏差原因（cell）】.
   */
  reasonFor(table: Table, row: Indicator | FundLine, missing: MessageKey = 'phReason'): string {
    const reasonCell = row.cells.reason;
    // The cells are gathered only on a sheet with findings (most sheets have none).
    if (this.ctx.checks.anyOn(table.sheet))
      this.ctx.checks.takeReason(table.sheet, [reasonCell, ...Object.values(row.cells)]);
    const name = 'name' in row ? cleanName(row.name) : cleanLabel(row.label);
    const reason = cleanReason(row.reason);
    if (reason === null) {
      const where = reasonCell ? cellName(table.sheet, reasonCell) : name;
      return this.placeholderText(missing, undefined, where);
    }
    if (restatesMiss(reason, name)) {
      return this.checkText(this.t('issueRestatesMiss', { reason }), table.sheet, reasonCell);
    }
    return reason;
  }

  /** Met / missed as the scoring decided; null when it cannot tell. */
  met(table: Table, indicator: Indicator, index?: number): boolean | null {
    return this.ctx.verdict(table, indicator, index).met;
  }

  /** Whether the actual overshoots its target by the profile's ratio (an explanation is owed). */
  overshoot(table: Table, indicator: Indicator): boolean {
    return this.ctx.verdict(table, indicator).overshoot;
  }

  /** Indicators grouped by what the scoring says; placeholder rows (no name) are skipped. */
  classify(table: Table, indicators: readonly Indicator[]): Classified {
    const out: Classified = { met: [], missed: [], unknown: [], unreadable: [] };
    for (let i = 0; i < indicators.length; i++) {
      const indicator = indicators[i];
      if (!isRealIndicator(indicator)) continue;
      // Nearly every row has no unreadable cell (the reader sets the field only when one is).
      if (indicator.unreadable !== undefined && unreadableCells(indicator).length > 0) out.unreadable.push(indicator);
      else {
        // `i` is the place in table.indicators only when these are the table's own list.
        const met = this.ctx.verdict(table, indicator, indicators === table.indicators ? i : undefined).met;
        (met === true ? out.met : met === false ? out.missed : out.unknown).push(indicator);
      }
    }
    return out;
  }

  /** "【待核实：培训人数的实际完成值单元格无法读取，Sheet!F9】" per indicator; null when none. */
  unreadableNote(table: Table, items: readonly Indicator[]): string | null {
    const parts = items.flatMap((indicator) => {
      const cells = this.unreadableCellNames(indicator);
      if (cells === null) return [];
      const field = unreadableCells(indicator)[0];
      this.ctx.checks.take(table.sheet, [indicator.cells[field]]);
      return [
        this.checkText(
          this.t('unreadableItem', { name: cleanName(indicator.name), cells }),
          table.sheet,
          indicator.cells[field],
        ),
      ];
    });
    return parts.length === 0 ? null : parts.join('');
  }

  /** "指标值、实际完成值": the row's value cells the reader could not read; null when none. */
  unreadableCellNames(indicator: Indicator): string | null {
    const cells = unreadableCells(indicator);
    if (cells.length === 0) return null;
    const names = cells.map((field) => this.t(field === 'target' ? 'unreadableTarget' : 'unreadableActual'));
    return this.join(names, 'listSeparator');
  }

  /**
   * One 【待核实】 per row whose result the values do not decide (units differ, an actual like a target…), at
   * its actual's cell; the findings at that cell are said in the same marker, not left over.
   */
  unknownList(table: Table, items: readonly Indicator[]): string | null {
    if (items.length === 0) return null;
    return items
      .map((indicator) => {
        const what = this.t('unknownItem', {
          name: cleanName(indicator.name),
          target: formatTarget(indicator) ?? '—',
          actual: formatActual(indicator) ?? '—',
        });
        const findings = this.ctx.checks.take(table.sheet, [indicator.cells.actual]);
        const issues = findings.length > 0 ? this.t('sentenceSeparator') + this.issues(findings) : '';
        return this.checkText(what + issues, table.sheet, indicator.cells.actual);
      })
      .join('');
  }

  /** The rows whose result the narrative cannot state, as marker paragraphs. Returns whether any was written. */
  undecidedParagraphs(table: Table, classified: Classified): boolean {
    let wrote = false;
    for (const text of [
      this.unknownList(table, classified.unknown),
      this.unreadableNote(table, classified.unreadable),
    ]) {
      if (text === null) continue;
      this.body(text);
      wrote = true;
    }
    return wrote;
  }

  /**
   * Text the user wrote, one paragraph per line. A sentence claiming every target was met while `missed`
   * names indicators that were not is quoted inside a 【待核实】 marker at the text's cell.
   */
  userText(table: Table, key: string, text: string, missed: readonly Indicator[], prefix?: MessageKey): void {
    const cell = table.textCells?.[key];
    splitLines(text).forEach((line, index) => {
      const checked = sentencesOf(line)
        .map((sentence) => {
          if (missed.length === 0 || !claimsAllMet(sentence)) return sentence;
          const names = this.join(
            missed.slice(0, 3).map((i) => cleanName(i.name)),
            'listSeparator',
          );
          const what = this.t('issueClaim', { claim: sentence.replace(/[。；;]$/, ''), names, count: missed.length });
          return cell
            ? this.checkText(what, table.sheet, cell)
            : this.checkText(`${what}${this.t('claimWhere', { sheet: table.sheet, label: key })}`);
        })
        .join('');
      this.body(index === 0 && prefix ? this.t(prefix, { text: checked }) : checked);
    });
  }

  /** 三、自评结论 table: header, one row per 一级指标, 合计. Returns false when there is nothing to show. */
  scoreTable(table: Table, allLevels: readonly LevelSummary[]): boolean {
    // A row with neither weight nor score (其他需要说明事项) is no 一级指标.
    const levels = allLevels.filter((l) => l.weight !== null || l.score !== null || l.reportedScore !== null);
    if (levels.length === 0) return false;
    this.tableRow([this.t('scoreHeaderLevel'), this.t('scoreHeaderWeight'), this.t('scoreHeaderScore')]);
    for (const level of levels) {
      const score = displayedScore(level);
      this.tableRow([
        cleanName(level.name),
        level.weight === null ? '—' : formatScore(level.weight),
        score === null ? '—' : formatScore(score),
      ]);
    }
    const weightSum = levelWeightSum(levels);
    const total = this.displayedTotal(table);
    this.tableRow([
      this.t('scoreTotalRow'),
      weightSum === null ? '—' : formatScore(weightSum),
      total === null ? '—' : formatScore(total),
    ]);
    return true;
  }

  /** The grade line and the conclusion; a computed total that differs from the typed one is a 【待核实】. */
  conclusion(table: Table, keys: { withGrade: MessageKey; withoutGrade: MessageKey }, gradeLine: boolean): void {
    const total = this.displayedTotal(table);
    if (total === null) {
      this.placeholder('phTotal');
      return;
    }
    // The grade the scored model gives the total the sheet shows (the typed 总分, else the filled-in one).
    const grade = this.ctx.scored(table)?.sheetGrade ?? null;
    if (grade && gradeLine) this.body(this.t('gradeLine', { grade }));
    let text = grade
      ? this.t(keys.withGrade, { total: formatScore(total), grade })
      : this.t(keys.withoutGrade, { total: formatScore(total) });
    const differs =
      table.reportedTotal !== null &&
      table.total !== null &&
      formatScore(table.reportedTotal) !== formatScore(table.total);
    if (differs) {
      this.ctx.checks.take(table.sheet, [table.cells.total]);
      const what = this.t('issueTotal', { computed: formatScore(table.total as number), reported: formatScore(total) });
      text += this.checkText(what, table.sheet, table.cells.total);
    }
    this.body(text + this.checksAt(table, [table.cells.total, table.cells.grade, table.funds?.cells.score]));
  }

  /** Findings of these tables no sentence has said, as one marker; null when none is left. */
  leftoverChecks(tableIndices: ReadonlySet<number>, unassigned: boolean): string | null {
    const left = this.ctx.checks.leftover(tableIndices, unassigned);
    return left.length === 0 ? null : this.checkText(this.t('issueLeftover', { count: left.length }));
  }

  /** The 总分 the sheet shows: typed, else what the evaluation fills in, else the computed total. */
  displayedTotal(table: Table): number | null {
    return table.reportedTotal ?? this.ctx.scored(table)?.sheetTotal ?? table.total;
  }

  lowExecution(line: FundLine): boolean {
    const rate = lineRate(line);
    return rate !== null && rate < this.ctx.profile.lowExecutionRate;
  }
}

/** 'Sheet!A1': where a marker points. */
export function cellName(sheet: string, pos: CellPos): string {
  return `${sheet}!${toA1(pos.row, pos.col)}`;
}

/** The row's 指标值 / 实际完成值 cells the reader could not read, in that order. */
function unreadableCells(indicator: Indicator): ReadonlyArray<'target' | 'actual'> {
  if (!indicator.unreadable?.length) return NONE_UNREADABLE; // nearly every row
  return (['target', 'actual'] as const).filter((field) => valueUnreadable(indicator, field));
}
const NONE_UNREADABLE: ReadonlyArray<'target' | 'actual'> = [];

/** Rows named 指标1 / …… / empty are template leftovers, not indicators. */
export function isRealIndicator(indicator: Indicator): boolean {
  return !isPlaceholderName(indicator.name);
}
