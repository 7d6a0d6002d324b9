/**
 * What a fund line is — the one place that decides it. The reader sets `FundLine.group` from the block it
 * read the line in (every line of the 重点工作任务 block is a task, whatever its label says, e.g.
 * "政务局工作经费(非财政拨款收入-本级横向)") and, in a funds block, from the label. Derived rates, rules and the
 * narrative ask `fundLineGroup(line)` and never read labels themselves.
 *
 * `group` stays optional in the model: a funds-block line whose label names no group is left unset, and
 * tables built by hand (tests, hosts) may omit it; such lines are classified by the same label patterns.
 */
import type { FundLine, Table } from '../model';

export type FundLineGroup = NonNullable<FundLine['group']>;

const WHITE_SPACE = /\s+/g;
const TOTAL_LABEL = /合计|总计|资金总额|^总额$/;
const CATEGORY_LABEL = /^(其中[:：]?)?(基本支出|项目支出)/;
const SOURCE_LABEL =
  /财政拨款|财政资金|财政专户|单位资金|一般公共预算|政府性基金|上年结转|年初结转|结转资金|其他资金|其他收入|自筹|本年|当年/;
/**
 * A line inside a source (Fujian: ①中央及省级财政资金 / ②市级… under 财政资金小计): a part of a part, never summed
 * into the total beside its own subtotal.
 */
const SUB_SOURCE_LABEL = /^[\u2460-\u2473(（]|^\d+[.、]|^(中央|省级|市级|县级|县\(市)/;

/** The group a funds-block label names: 合计 / 年度资金总额, 基本支出 / 项目支出, 其中：财政拨款 …; undefined for none. */
export function fundsBlockLabelGroup(label: string): Exclude<FundLineGroup, 'task'> | undefined {
  const text = label.replace(WHITE_SPACE, '');
  if (TOTAL_LABEL.test(text)) return 'total';
  if (CATEGORY_LABEL.test(text)) return 'category';
  if (SOURCE_LABEL.test(text) && !SUB_SOURCE_LABEL.test(text)) return 'source';
  return undefined;
}

/**
 * The line's group: the reader's when set; otherwise what its label names, and a line naming none is a
 * task (it is never summed as a part of the total).
 */
export function fundLineGroup(line: FundLine): FundLineGroup {
  return line.group ?? fundsBlockLabelGroup(line.label) ?? 'task';
}

/** A 重点工作任务 line. */
export function isKeyTask(line: FundLine): boolean {
  return fundLineGroup(line) === 'task';
}

/** Lines carrying money on a table: the total line first, then its sub-lines. */
export function allFundLines(table: Table): FundLine[] {
  return table.funds ? [table.funds, ...table.fundLines] : [...table.fundLines];
}
