/** The short human summary `jixiao evaluate` prints: tables, scores, counts, the top findings. */
import { formatRate } from '../engine/format';
import type { JsonFinding, JsonReport, JsonTable } from '../engine/report';
import { message, type Locale, type MessageId } from './messages';

const TOP_FINDINGS = 10;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function humanSummary(report: JsonReport, locale: Locale, written: string[]): string {
  const lines: string[] = [
    message('summaryFile', locale, { file: report.file }),
    message('summaryTablesFound', locale, { count: report.tables.length }),
  ];
  for (const table of report.tables) {
    lines.push(
      message('summaryTable', locale, {
        sheet: table.sheet,
        range: table.range,
        kind: message(`kind_${table.kind}` as MessageId, locale),
        title: tableName(table),
      }),
    );
    const rate = table.funds?.rate != null ? formatRate(table.funds.rate) : message('none', locale);
    if (table.total === null && table.reportedTotal === null && table.indicators.every((row) => row.weight === null)) {
      lines.push(message('summaryRateOnly', locale, { rate }));
      continue;
    }
    lines.push(
      message('summaryScore', locale, {
        total: table.total ?? message('notComputed', locale),
        reported: table.reportedTotal ?? message('none', locale),
        grade: table.grade ?? message('none', locale),
        rate,
      }),
    );
  }
  const { errors, warnings, infos } = report.summary;
  lines.push(message('summaryCounts', locale, { errors, warnings, infos }));
  const ranked = rankFindings(report.findings);
  if (ranked.length > 0) {
    lines.push(message('summaryTop', locale));
    for (const finding of ranked.slice(0, TOP_FINDINGS)) lines.push(findingLine(finding, locale));
    if (ranked.length > TOP_FINDINGS)
      lines.push(message('summaryMore', locale, { count: ranked.length - TOP_FINDINGS }));
  }
  const markers = report.narrative.markers;
  const fill = markers.filter((marker) => marker.kind === '待填写').length;
  lines.push(message('summaryMarkers', locale, { count: markers.length, fill, check: markers.length - fill }));
  for (const file of written) lines.push(message('summaryWritten', locale, { file }));
  return `${lines.join('\n')}\n`;
}

/** 单位 / 项目 (whichever the table names), else its title. */
export function tableName(table: Pick<JsonTable, 'unitName' | 'projectName' | 'title'>): string {
  const parts = [table.unitName, table.projectName].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' / ') : table.title;
}

/** Errors first, then warnings, then notes; the engine's order within a severity. */
export function rankFindings(findings: readonly JsonFinding[]): JsonFinding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

export function findingLine(finding: JsonFinding, locale: Locale): string {
  return message('summaryFinding', locale, {
    severity: message(`severity_${finding.severity}` as MessageId, locale),
    sheet: finding.sheet,
    cell: finding.cell,
    message: finding.message,
  });
}
