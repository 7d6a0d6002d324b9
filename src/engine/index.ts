/**
 * Public surface of the pure engine. Hosts import from here only.
 * evaluateWorkbook(snapshot) = read → score → derived rates → rules → narrative → write plan.
 */
export * from './model';
export * from './snapshot';
export { findProfile, getProfile, PROFILES, NATIONAL_PROFILE } from './profiles';
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
/**
 * The scored model (engine/scoring): `scoreTables` gives one `ScoredTable` per table — each indicator's
 * `IndicatorScore` (status met / missed / overshoot / unscorable, `scoring` = how it was scored or why not,
 * `ruleScore`, `band`, `comparison`), the table's `total` / `grade`, and `sheetScores` / `sheetTotal` /
 * `sheetGrade` (what the sheet holds once the write plan is applied). `Evaluation.scored` carries it; rules,
 * the narrative, the write plan and the hosts read it and never score again.
 */
export {
  scoreTable,
  scoreTables,
  scoreIndicator,
  fundsScore,
  executionRate,
  gradeFor,
  bandScore,
  bandScoreRange,
  bandBounds,
} from './scoring';
export type {
  Comparison,
  IndicatorScore,
  IndicatorStatus,
  QualitativeBand,
  ScoredIndicator,
  ScoredTable,
  ScoreStatus,
  SheetScore,
} from './scoring';
/** The domain vocabulary: one module per concept (定性 wording, units, placeholders, indicator levels). */
export {
  qualitativeBand,
  qualitativeVocabulary,
  NATIONAL_QUALITATIVE_VOCABULARY,
  NATIONAL_QUALITATIVE_WORDS,
} from './vocabulary/qualitative';
export type { QualitativeVocabulary, QualitativeWords } from './vocabulary/qualitative';
export { compareUnits, convertUnit, normalizeUnit, unitKind, unitsCompatible, MONEY_UNITS } from './vocabulary/units';
export type { UnitComparison, UnitKind } from './vocabulary/units';
export { hasReason, isPlaceholder } from './vocabulary/placeholders';
export type { PlaceholderRole } from './vocabulary/placeholders';
export { groupByLevel, level1Family, level2Family, LEVEL1_NAMES } from './vocabulary/levels';
export type { LevelFamily, LevelGroup } from './vocabulary/levels';
export { deriveRates, computeDerivedRates, DERIVED_RATE_DEFINITIONS } from './derived';
export { buildWritePlan, planCellWrites, generatedSheets, isEmptyCell, RATE_NUMBER_FORMAT } from './writeplan';
export { findingsSheet, FINDINGS_SHEET_HEADERS, SEVERITY_LABELS } from './findings-sheet';
export {
  generateNarrative,
  narrativeText,
  narrativeSheet,
  narrativeToHtml,
  markersOf,
  markersInText,
} from './narrative';
export type { NarrativeMarker } from './narrative';
export type { NarrativeLocale, NarrativeOptions } from './narrative';
export { toJsonReport, REPORT_VERSION } from './report';
export type { JsonReport } from './report';
export { columnName, columnIndex, toA1, parseA1, areaToA1, parseArea, quoteSheetName } from './a1';
