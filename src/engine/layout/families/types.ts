/** What a family module sees when the reader asks it whether a table is one of its own. */
import type { TableKind } from '../../model';
import type { IndicatorRole, LayoutFamily } from '../roles';

export interface FamilySignals {
  /** Roles the indicator header band names. */
  roles: ReadonlySet<IndicatorRole>;
  /** How many 分值 columns the band has (a score grid has one per level). */
  weightColumns: number;
  /** The region names a project (项目名称, a 项目支出 title, …). */
  projectMarks: boolean;
  /** The region names a department (部门名称, 部门整体 title, 基本支出/项目支出 lines, key tasks). */
  departmentMarks: boolean;
}

export interface FamilyModule {
  family: LayoutFamily;
  /** The scoring model's kind for this family (how rows are scored). */
  kind: TableKind;
  /** The table's standard title, for findings and the report. */
  title: string;
  matches(signals: FamilySignals): boolean;
}
