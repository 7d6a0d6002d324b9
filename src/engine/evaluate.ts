/**
 * The engine's entry point: snapshot → read → score → derived rates → rules → narrative → write plan.
 * Pure and synchronous; every host (task pane, CLI, web page) calls this and applies the plan itself.
 */
import { parseA1 } from './a1';
import { deriveRates } from './derived';
import { isGeneratedSheet, type Evaluation, type Finding, type Severity } from './model';
import { generateNarrative } from './narrative';
import { getProfile, type RuleProfile } from './profiles';
import { readWorkbook } from './read';
import { RULES } from './rules';
import { runRules } from './rules/run';
import { scoreTables } from './scoring';
import type { WorkbookSnapshot } from './snapshot';
import { buildWritePlan } from './writeplan';

export interface EvaluateOptions {
  /** A profile name ('national') or a profile object; default national. */
  profile?: string | RuleProfile;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Severity, then sheet (workbook order), row, column, code: the order a person fixes things in. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((name, index) => [name, index]));
  const keyed = findings.map((finding) => {
    const { row, col } = parseA1(finding.cell);
    return { finding, sheet: sheetIndex.get(finding.sheet) ?? sheetOrder.length, row, col };
  });
  keyed.sort(
    (a, b) =>
      SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
      a.sheet - b.sheet ||
      compareText(a.finding.sheet, b.finding.sheet) ||
      a.row - b.row ||
      a.col - b.col ||
      compareText(a.finding.code, b.finding.code),
  );
  return keyed.map((entry) => entry.finding);
}

/** localeCompare, without asking the collator about two equal strings (most comparisons in a large sort). */
function compareText(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

export function resolveProfile(profile: string | RuleProfile | undefined): RuleProfile {
  return typeof profile === 'object' && profile !== null ? profile : getProfile(profile);
}

export function evaluateWorkbook(snapshot: WorkbookSnapshot, options: EvaluateOptions = {}): Evaluation {
  const profile = resolveProfile(options.profile);
  // The sheets this evaluation generates are output, never input (a re-run replaces them).
  const sheets = snapshot.sheets.filter((sheet) => !isGeneratedSheet(sheet.name));
  const read = readWorkbook({ sheets });
  const scored = scoreTables(deriveRates(read.tables), profile, sheets);
  const findings = sortFindings(
    runRules(RULES, { scored, problems: read.problems, sheets, profile }),
    sheets.map((sheet) => sheet.name),
  );
  const narrative = generateNarrative(scored, findings, { profile });
  const writePlan = buildWritePlan({ scored, sheets, findings, narrative });
  const tables = scored.map((entry) => entry.table);
  return { profile: profile.name, tables, scored, findings, narrative, writePlan };
}
