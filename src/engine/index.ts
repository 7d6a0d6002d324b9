/**
 * Public surface of the pure engine. Hosts import from here only.
 * evaluateWorkbook(snapshot) = read → score → derived rates → rules → narrative → write plan.
 */
export * from './model';
export * from './snapshot';
export { getProfile, PROFILES, NATIONAL_PROFILE } from './profiles';
export type { RuleProfile } from './profiles';

export { evaluateWorkbook, sortFindings, resolveProfile } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { readWorkbook } from './read';
export { renderFinding } from './render';
export { fillTemplate, placeholdersOf } from './template';
export type { Locale } from './render';
export { RULES, getRule, defineRule } from './rules';
export type { MessageTemplate, Rule, RuleContext, RuleReport, WorkbookRuleContext } from './rules';
export { runRules } from './rules/run';
export {
  scoreTable,
  scoreTables,
  scoreIndicator,
  fundsScore,
  executionRate,
  gradeFor,
  qualitativeBand,
  bandScore,
  bandScoreRange,
  bandBounds,
  unitsCompatible,
  convertUnit,
} from './scoring';
export type { IndicatorScore, QualitativeBand, ScoreStatus } from './scoring';
export { deriveRates, computeDerivedRates, DERIVED_RATE_DEFINITIONS } from './derived';
export { buildWritePlan, planCellWrites, generatedSheets, isEmptyCell, RATE_NUMBER_FORMAT } from './writeplan';
export { findingsSheet, FINDINGS_SHEET_HEADERS, SEVERITY_LABELS } from './findings-sheet';
export { generateNarrative, narrativeText, narrativeSheet } from './narrative';
export type { NarrativeLocale, NarrativeOptions } from './narrative';
export { toJsonReport, REPORT_VERSION } from './report';
export type { JsonReport } from './report';
export { columnName, columnIndex, toA1, parseA1, areaToA1, parseArea, quoteSheetName } from './a1';
