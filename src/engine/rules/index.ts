/**
 * The rule registry: every rule module, sorted by code. A meta-test checks that each rule file is listed
 * here, has a test that makes it fire and one that keeps it quiet, and zh/en messages with matching placeholders.
 */
import type { Rule } from './define';
import actualWrittenAsTarget from './actual-written-as-target';
import deductionWithoutReason from './deduction-without-reason';
import derivedRateMismatch from './derived-rate-mismatch';
import executedOverBudget from './executed-over-budget';
import fundFormulaMismatch from './fund-formula-mismatch';
import gradeMismatch from './grade-mismatch';
import inferredDirection from './inferred-direction';
import layoutUncertain from './layout-uncertain';
import levelWeightMismatch from './level-weight-mismatch';
import lowExecutionUnexplained from './low-execution-unexplained';
import misplacedLevel2 from './misplaced-level2';
import missedTargetNoReason from './missed-target-no-reason';
import missingColumn from './missing-column';
import moneyUnitSuspect from './money-unit-suspect';
import negativeAmount from './negative-amount';
import nonNumericActual from './non-numeric-actual';
import overshootNoReason from './overshoot-no-reason';
import placeholderReason from './placeholder-reason';
import placeholderRow from './placeholder-row';
import qualitativeBand from './qualitative-band';
import rateMismatch from './rate-mismatch';
import rateOver100 from './rate-over-100';
import scoreMismatch from './score-mismatch';
import scoreRange from './score-range';
import staffOverAuthorized from './staff-over-authorized';
import sumMismatch from './sum-mismatch';
import totalMismatch from './total-mismatch';
import uncalculatedFormula from './uncalculated-formula';
import unitMismatch from './unit-mismatch';
import unreadableNumber from './unreadable-number';
import unscorableRow from './unscorable-row';
import weightWithoutIndicator from './weight-without-indicator';
import weightsSum from './weights-sum';

export const RULES: readonly Rule[] = [
  actualWrittenAsTarget as Rule,
  deductionWithoutReason as Rule,
  derivedRateMismatch as Rule,
  executedOverBudget as Rule,
  fundFormulaMismatch as Rule,
  gradeMismatch as Rule,
  inferredDirection as Rule,
  layoutUncertain as Rule,
  levelWeightMismatch as Rule,
  lowExecutionUnexplained as Rule,
  misplacedLevel2 as Rule,
  missedTargetNoReason as Rule,
  missingColumn as Rule,
  moneyUnitSuspect as Rule,
  negativeAmount as Rule,
  nonNumericActual as Rule,
  overshootNoReason as Rule,
  placeholderReason as Rule,
  placeholderRow as Rule,
  qualitativeBand as Rule,
  rateMismatch as Rule,
  rateOver100 as Rule,
  scoreMismatch as Rule,
  scoreRange as Rule,
  staffOverAuthorized as Rule,
  sumMismatch as Rule,
  totalMismatch as Rule,
  uncalculatedFormula as Rule,
  unitMismatch as Rule,
  unreadableNumber as Rule,
  unscorableRow as Rule,
  weightWithoutIndicator as Rule,
  weightsSum as Rule,
];

const BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.code, rule]));

export function getRule(code: string): Rule | undefined {
  return BY_CODE.get(code);
}

export { defineRule } from './define';
export type { MessageTemplate, Rule, RuleContext, RuleReport, WorkbookRuleContext } from './define';
