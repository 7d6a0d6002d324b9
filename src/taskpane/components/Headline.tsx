/**
 * The first thing after an evaluation: total and grade (the engine's), the error/warning/info counts, and
 * what the action wrote into the workbook with links to the sheets it added.
 */
import * as React from 'react';
import { Badge, Card, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Grade, Severity } from '../../engine/model';
import { fillTemplate } from '../../engine/template';
import { GRADES } from '../../engine/vocabulary/grades';
import type { EvaluationView, TableText, WrittenSummary } from '../../host/contract';
import type { Messages } from '../messages';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
  figures: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalL },
  total: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightBold },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  written: { color: tokens.colorNeutralForeground2 },
});

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const GRADE_COLOR: Record<Grade, 'success' | 'brand' | 'warning' | 'danger'> = {
  优: 'success',
  良: 'brand',
  中: 'warning',
  差: 'danger',
};

const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export function severityCounts(evaluation: Pick<EvaluationView, 'findings'>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of evaluation.findings) counts[finding.severity] += 1;
  return counts;
}

function ScoreFigures({ evaluation, tableTexts, messages }: Omit<HeadlineProps, 'written' | 'onOpenSheet'>) {
  const styles = useStyles();
  const scored = evaluation.tables.filter((table) => table.total !== null);
  if (scored.length === 1) {
    const [table] = scored;
    const total = tableTexts[evaluation.tables.indexOf(table)].total;
    return (
      <div className={styles.figures}>
        <Text aria-label={messages.totalLabel}>
          {messages.totalLabel}{' '}
          <span className={styles.total} data-testid="headline-total">
            {total}
          </span>
        </Text>
        {table.grade ? (
          <Badge size="large" color={GRADE_COLOR[table.grade]} data-testid="headline-grade">
            {`${messages.gradeLabel} ${table.grade}`}
          </Badge>
        ) : null}
      </div>
    );
  }
  if (scored.length === 0) return null;
  // Several scored tables: how many got each grade (their totals are on the cards below).
  const grades = GRADES.map((grade) => ({
    grade,
    count: scored.filter((table) => table.grade === grade).length,
  })).filter((entry) => entry.count > 0);
  return (
    <div className={styles.figures}>
      <Text weight="semibold">{fillTemplate(messages.headlineTables, { count: scored.length })}</Text>
      {grades.map(({ grade, count }) => (
        <Badge key={grade} color={GRADE_COLOR[grade]} data-testid="headline-grade">
          {fillTemplate(messages.gradeCount, { grade, count })}
        </Badge>
      ))}
    </div>
  );
}

export interface HeadlineProps {
  evaluation: EvaluationView;
  /** The tables' figures as shown (the view's text), in tables order. */
  tableTexts: TableText[];
  written: WrittenSummary | null;
  note?: string;
  messages: Messages;
  onOpenSheet(sheet: string): void;
}

export function Headline({
  evaluation,
  tableTexts,
  written,
  note,
  messages,
  onOpenSheet,
}: HeadlineProps): React.ReactElement {
  const styles = useStyles();
  const counts = severityCounts(evaluation);
  return (
    <Card className={styles.card} data-testid="headline" aria-label={messages.headlineLabel}>
      <ScoreFigures evaluation={evaluation} tableTexts={tableTexts} messages={messages} />
      <div className={styles.counts} data-testid="headline-counts">
        {SEVERITIES.map((severity) => (
          <Badge key={severity} appearance="tint" color={SEVERITY_COLOR[severity]} data-severity={severity}>
            {fillTemplate(messages.filterButton, { label: messages.severity[severity], count: counts[severity] })}
          </Badge>
        ))}
      </div>
      {written ? <WrittenLine written={written} messages={messages} onOpenSheet={onOpenSheet} /> : null}
      {note ? <Text className={styles.written}>{note}</Text> : null}
    </Card>
  );
}

function SheetLinks({
  names,
  messages,
  onOpenSheet,
}: {
  names: string[];
  messages: Messages;
  onOpenSheet(sheet: string): void;
}) {
  return (
    <>
      {names.map((name, index) => (
        <React.Fragment key={name}>
          {index > 0 ? messages.listSeparator : null}
          <Link as="button" inline onClick={() => onOpenSheet(name)} data-testid="written-sheet-link">
            {name}
          </Link>
        </React.Fragment>
      ))}
    </>
  );
}

/** "已写入 12 个单元格，新增 2 张工作表：自评报告、评估结果" with each sheet a link. */
export function WrittenLine({
  written,
  messages,
  onOpenSheet,
}: {
  written: WrittenSummary;
  messages: Messages;
  onOpenSheet(sheet: string): void;
}): React.ReactElement {
  const styles = useStyles();
  const cells =
    written.cells.length > 0
      ? fillTemplate(messages.writtenCells, { count: written.cells.length })
      : messages.writtenNoCells;
  return (
    <Text className={styles.written} data-testid="written-summary" role="status">
      {cells}
      {written.added.length > 0 ? (
        <>
          {messages.clauseSeparator}
          {fillTemplate(messages.writtenAdded, { count: written.added.length })}
          <SheetLinks names={written.added} messages={messages} onOpenSheet={onOpenSheet} />
        </>
      ) : null}
      {written.updated.length > 0 ? (
        <>
          {messages.clauseSeparator}
          {fillTemplate(messages.writtenUpdated, { count: written.updated.length })}
          <SheetLinks names={written.updated} messages={messages} onOpenSheet={onOpenSheet} />
        </>
      ) : null}
      {messages.sentenceEnd}
    </Text>
  );
}
