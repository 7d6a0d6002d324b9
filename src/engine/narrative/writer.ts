/**
 * Paragraph accumulator and the sentence builders both report kinds share (fund clauses, indicator lists,
 * the score table, problems). Every word comes from the message table through `t`.
 */
import type { Finding, FundLine, Indicator, LevelSummary, NarrativeParagraph, Table } from '../model';
import type { RuleProfile } from '../profiles';
import { FlaggedCells, budgetParts, cleanLabel, cleanReason, displayedScore, levelWeightSum, targetMet } from './facts';
import { formatMoney, formatRate, formatScore } from '../format';
import { formatActual, formatTarget, valueUnreadable } from './format';
import type { MessageKey, Translate } from './strings';
import { gradeFor, type ScoredIndicator } from '../scoring';
import { isPlaceholder } from '../vocabulary/placeholders';

export interface WriterContext {
  t: Translate;
  profile: RuleProfile;
  flagged: FlaggedCells;
  findings: readonly Finding[];
  /** Every indicator's score from the scored model: the report never decides "met" itself. */
  scores: ReadonlyMap<Indicator, ScoredIndicator>;
}

export class Writer {
  readonly paragraphs: NarrativeParagraph[] = [];

  constructor(readonly ctx: WriterContext) {}

  get t(): Translate {
    return this.ctx.t;
  }

  title(text: string): void {
    this.paragraphs.push({ style: 'title', text });
  }

  heading(key: MessageKey, data?: Record<string, string | number>): void {
    this.paragraphs.push({ style: 'heading', text: this.t(key, data) });
  }

  body(text: string): void {
    this.paragraphs.push({ style: 'body', text });
  }

  placeholder(whatKey: MessageKey, data?: Record<string, string | number>): void {
    this.body(this.placeholderText(whatKey, data));
  }

  placeholderText(whatKey: MessageKey, data?: Record<string, string | number>): string {
    return this.t('placeholder', { what: this.t(whatKey, data) });
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

  /** 年初预算数…，全年预算数…，全年执行数…，执行率… for the values the line has. */
  fundClauses(line: FundLine, moneyUnit: string | null): string | null {
    const clauses: string[] = [];
    if (line.initial !== null) clauses.push(this.t('fundInitial', { amount: formatMoney(line.initial, moneyUnit) }));
    if (line.adjusted !== null) clauses.push(this.t('fundAdjusted', { amount: formatMoney(line.adjusted, moneyUnit) }));
    if (line.executed !== null) clauses.push(this.t('fundExecuted', { amount: formatMoney(line.executed, moneyUnit) }));
    const rate = line.rate ?? line.statedRate;
    if (rate !== null) clauses.push(this.t('fundRate', { rate: formatRate(rate) }));
    return clauses.length === 0 ? null : this.join(clauses, 'clauseSeparator');
  }

  /** "，其中基本支出…；项目支出…" for the table's budget parts that have figures; '' when none has. */
  budgetPartsClause(table: Table): string {
    const parts: string[] = [];
    for (const line of budgetParts(table)) {
      const clauses = this.fundClauses(line, table.moneyUnit);
      if (clauses)
        parts.push(this.withFundNote(this.t('budgetPart', { label: cleanLabel(line.label), clauses }), table, line));
    }
    return parts.length === 0 ? '' : this.t('budgetParts', { parts: this.join(parts, 'sentenceSeparator') });
  }

  /** The figures of a fund line, followed by the anomaly note when the checks flagged one of its cells. */
  withFundNote(text: string, table: Table, line: FundLine): string {
    return this.ctx.flagged.fundLine(table, line) ? text + this.t('anomalyNote') : text;
  }

  withIndicatorNote(text: string, table: Table, indicator: Indicator): string {
    return this.ctx.flagged.indicator(table, indicator) ? text + this.t('anomalyNote') : text;
  }

  /** "完成设置综合窗口数16个" / "投诉处理超期0次" / "绩效目标合理性达成年度指标". */
  doneItem(indicator: Indicator): string {
    const value = formatActual(indicator) ?? '';
    const name = indicator.name.trim();
    // "投诉处理超期0次", "满意度100%", "覆盖率100" read without the leading 完成 (as the seed writes them).
    const unit = indicator.actualUnit ?? indicator.unit;
    const plain =
      indicator.direction === '≤' ||
      unit === '%' ||
      /^(完成|实现|达到)/.test(name) ||
      /率$/.test(name) ||
      typeof indicator.actual !== 'number';
    return this.t(plain ? 'doneItemPlain' : 'doneItem', { name, value });
  }

  /** "完成设置综合窗口数16个、…": the met indicators with a numeric actual, listed; null when there are none. */
  doneNumericItems(met: readonly Indicator[]): string | null {
    const numeric = met.filter((indicator) => typeof indicator.actual === 'number');
    return numeric.length === 0
      ? null
      : this.join(
          numeric.map((indicator) => this.doneItem(indicator)),
          'listSeparator',
        );
  }

  /** One sentence per qualitative actual ("A、B达成年度指标"), naming the met indicators that state it. */
  doneQualitativeTexts(met: readonly Indicator[]): string[] {
    const namesByActual = new Map<string, string[]>();
    for (const indicator of met) {
      if (typeof indicator.actual === 'number') continue;
      const actual = formatActual(indicator) ?? '';
      namesByActual.set(actual, [...(namesByActual.get(actual) ?? []), indicator.name.trim()]);
    }
    return [...namesByActual].map(([actual, names]) =>
      this.t('doneQualitative', { names: this.join(names, 'listSeparator'), actual }),
    );
  }

  /** "重点支出保障率指标值≥90.00%，实际完成值79.94%，偏差原因：…" */
  missedItem(table: Table, indicator: Indicator): string {
    const text = this.t('missedItem', {
      name: indicator.name.trim(),
      target: formatTarget(indicator) ?? '—',
      actual: formatActual(indicator) ?? '—',
    });
    const reason = cleanReason(indicator.reason) ?? this.placeholderText('phReason');
    return this.withIndicatorNote(this.t('withReason', { text, reason }), table, indicator);
  }

  /**
   * Indicators grouped by what the values say; `unreadable`: a 指标值 or 实际完成值 the reader could not read
   * (never listed as a result). Placeholder rows (no name) are skipped.
   */
  classify(indicators: readonly Indicator[]): {
    met: Indicator[];
    missed: Indicator[];
    unknown: Indicator[];
    unreadable: Indicator[];
  } {
    const met: Indicator[] = [];
    const missed: Indicator[] = [];
    const unknown: Indicator[] = [];
    const unreadable: Indicator[] = [];
    for (const indicator of indicators) {
      if (!isRealIndicator(indicator)) continue;
      if (unreadableCells(indicator).length > 0) {
        unreadable.push(indicator);
        continue;
      }
      const verdict = this.targetMet(indicator);
      if (verdict === true) met.push(indicator);
      else if (verdict === false) missed.push(indicator);
      else unknown.push(indicator);
    }
    return { met, missed, unknown, unreadable };
  }

  /** Met / missed by the scored model; null when it cannot tell (or the row was not scored). */
  targetMet(indicator: Indicator): boolean | null {
    const scored = this.ctx.scores.get(indicator);
    return scored ? targetMet(scored) : null;
  }

  /** "【待核实：培训人数的实际完成值单元格无法读取】" for the given indicators; null when none. */
  unreadableNote(items: readonly Indicator[]): string | null {
    const parts = items.flatMap((indicator) => {
      const cells = this.unreadableCellNames(indicator);
      return cells === null ? [] : [this.t('unreadableItem', { name: indicator.name.trim(), cells })];
    });
    return parts.length === 0 ? null : this.t('unreadableNote', { items: this.join(parts, 'listSeparator') });
  }

  /** "指标值、实际完成值": the row's value cells the reader could not read; null when none. */
  unreadableCellNames(indicator: Indicator): string | null {
    const cells = unreadableCells(indicator);
    if (cells.length === 0) return null;
    const names = cells.map((field) => this.t(field === 'target' ? 'unreadableTarget' : 'unreadableActual'));
    return this.join(names, 'listSeparator');
  }

  unknownList(items: readonly Indicator[]): string | null {
    if (items.length === 0) return null;
    const parts = items.map((indicator) =>
      this.t('unknownItem', {
        name: indicator.name.trim(),
        target: formatTarget(indicator) ?? '—',
        actual: formatActual(indicator) ?? '—',
      }),
    );
    return this.t('doneUnknown', { items: this.join(parts, 'sentenceSeparator') });
  }

  /**
   * The rows whose result the narrative cannot state, each as its own paragraph: first those the values do
   * not decide (doneUnknown), then those with an unreadable cell (unreadableNote). Returns whether any was written.
   */
  undecidedParagraphs(classified: { unknown: readonly Indicator[]; unreadable: readonly Indicator[] }): boolean {
    let wrote = false;
    for (const text of [this.unknownList(classified.unknown), this.unreadableNote(classified.unreadable)]) {
      if (text === null) continue;
      this.body(text);
      wrote = true;
    }
    return wrote;
  }

  /** 三、自评结论 table: header, one row per 一级指标, 合计. Returns false when there is nothing to show. */
  scoreTable(table: Table, levels: readonly LevelSummary[]): boolean {
    if (levels.length === 0) return false;
    this.tableRow([this.t('scoreHeaderLevel'), this.t('scoreHeaderWeight'), this.t('scoreHeaderScore')]);
    for (const level of levels) {
      const score = displayedScore(level);
      this.tableRow([
        level.name,
        level.weight === null ? '—' : formatScore(level.weight),
        score === null ? '—' : formatScore(score),
      ]);
    }
    const weightSum = levelWeightSum(levels);
    const total = displayedTotal(table);
    this.tableRow([
      this.t('scoreTotalRow'),
      weightSum === null ? '—' : formatScore(weightSum),
      total === null ? '—' : formatScore(total),
    ]);
    return true;
  }

  /** The grade line, the conclusion and, when the computed total differs from the typed one, a note. */
  conclusion(table: Table, keys: { withGrade: MessageKey; withoutGrade: MessageKey }, gradeLine: boolean): void {
    const total = displayedTotal(table);
    if (total === null) {
      this.placeholder('phTotal');
      return;
    }
    const grade = gradeFor(total, this.ctx.profile);
    if (grade && gradeLine) this.body(this.t('gradeLine', { grade }));
    this.body(
      grade
        ? this.t(keys.withGrade, { total: formatScore(total), grade })
        : this.t(keys.withoutGrade, { total: formatScore(total) }),
    );
    if (
      table.reportedTotal !== null &&
      table.total !== null &&
      formatScore(table.reportedTotal) !== formatScore(table.total)
    ) {
      this.body(
        this.t('totalMismatch', { computed: formatScore(table.total), reported: formatScore(table.reportedTotal) }),
      );
    }
  }

  /** 主要问题: missed indicators and fund lines executed below the profile's threshold, with reasons. */
  problems(entries: ReadonlyArray<{ table: Table; indicators: Indicator[]; lines: FundLine[] }>): string[] {
    const out: string[] = [];
    for (const { table, indicators, lines } of entries) {
      for (const indicator of indicators) {
        const text = this.withIndicatorNote(
          this.t('problemIndicator', {
            name: indicator.name.trim(),
            actual: formatActual(indicator) ?? '—',
            target: formatTarget(indicator) ?? '—',
          }),
          table,
          indicator,
        );
        out.push(
          this.t('reasonAnalysis', { text, reason: cleanReason(indicator.reason) ?? this.placeholderText('phReason') }),
        );
      }
      for (const line of lines) {
        const rate = line.rate ?? line.statedRate;
        if (rate === null) continue;
        const text = this.withFundNote(
          this.t('problemFund', { label: cleanLabel(line.label), rate: formatRate(rate) }),
          table,
          line,
        );
        out.push(
          this.t('reasonAnalysis', { text, reason: cleanReason(line.reason) ?? this.placeholderText('phReason') }),
        );
      }
    }
    return out;
  }

  /** Findings (errors and warnings) that concern the given tables, as one sentence; null when none. */
  findingsSummary(tableIndices: ReadonlySet<number>, includeUnassigned: boolean): string | null {
    let errors = 0;
    let warnings = 0;
    for (const finding of this.ctx.findings) {
      const mine = finding.table === undefined ? includeUnassigned : tableIndices.has(finding.table);
      if (!mine) continue;
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
    }
    if (errors + warnings === 0) return null;
    return this.t('findingsSummary', { count: errors + warnings, errors, warnings });
  }

  lowExecution(line: FundLine): boolean {
    const rate = line.rate ?? line.statedRate;
    return rate !== null && rate < this.ctx.profile.lowExecutionRate;
  }
}

export function displayedTotal(table: Table): number | null {
  return table.reportedTotal ?? table.total;
}

/** The row's 指标值 / 实际完成值 cells the reader could not read, in that order. */
function unreadableCells(indicator: Indicator): Array<'target' | 'actual'> {
  return (['target', 'actual'] as const).filter((field) => valueUnreadable(indicator, field));
}

/** Rows named 指标1 / …… / empty are template leftovers, not indicators. */
export function isRealIndicator(indicator: Indicator): boolean {
  return !isPlaceholder(indicator.name, 'name');
}
