/**
 * One workbook's evaluation, shared by `jixiao evaluate` and the batch workers: bytes → snapshot (the
 * package reader) → engine → JSON report. The evaluated copy is written by the package writer from the
 * same bytes.
 */
import { evaluateWorkbook } from '../engine/evaluate';
import type { Evaluation } from '../engine/model';
import { findProfile, PROFILES, type RuleProfile } from '../engine/profiles';
import { toJsonReport, type JsonReport } from '../engine/report';
import { readPackageDetailed, type PackageStructure } from '../package';
import { NODE_CODEC } from '../package/node';
import { CliError, EXIT_FINDINGS, EXIT_OK, badArguments, toCliError } from './errors';
import type { Locale } from './messages';

export interface EvaluatedFile {
  evaluation: Evaluation;
  report: JsonReport;
  /** The package's structure as read: the evaluated copy is written from the same bytes without reading it again. */
  structure: PackageStructure;
  /** 0 when no finding is an error, else 1. */
  exitCode: number;
}

export function resolveProfile(name: string): RuleProfile {
  const profile = findProfile(name);
  if (!profile) throw badArguments('unknownProfile', { profile: name, choices: Object.keys(PROFILES).join(', ') });
  return profile;
}

export function engineLocale(locale: Locale): 'zh-CN' | 'en-US' {
  return locale === 'en' ? 'en-US' : 'zh-CN';
}

/** `displayName` is what the report and messages call the file (the path as the user typed it). */
export function evaluateBytes(
  bytes: Uint8Array,
  displayName: string,
  options: { profile: RuleProfile; locale: Locale },
): EvaluatedFile {
  try {
    const { snapshot, structure } = readPackageDetailed(bytes, NODE_CODEC);
    const evaluation = evaluateWorkbook(snapshot, { profile: options.profile });
    if (evaluation.tables.length === 0) throw new CliError('noTables', {}, displayName);
    const report = toJsonReport(evaluation, displayName, engineLocale(options.locale));
    const exitCode = evaluation.findings.some((finding) => finding.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
    return { evaluation, report, structure, exitCode };
  } catch (error) {
    // Whatever goes wrong while reading or evaluating, the message names the file.
    throw toCliError(error, displayName);
  }
}
