/**
 * The `jixiao` command: parse, run, map every failure to an exit code and one bilingual stderr line
 * (the stack only with --debug). bin/jixiao.js calls run().
 */
import { parseCommandLine } from './args';
import { runEvaluate } from './commands/evaluate';
import { EXIT_CANNOT_EVALUATE, EXIT_OK, renderCliError, toCliError } from './errors';
import { processIo, type CliIo } from './io';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** package.json is the one place the version is written (src/cli and lib/cli are both two levels below it). */
function version(): string {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

export const USAGE = `jixiao — 绩效自评助手 / budget-performance self-evaluation checker

用法 / Usage:
  jixiao evaluate <自评表.xlsx|.xlsm> [--out <评估后.xlsx>] [--json <report.json>|-] [--text <report.txt>|-]
                  [--docx <自评报告.docx>] [--profile national] [--lang zh|en] [--debug]
      评估一个工作簿，写出「<名称>.评估.xlsx」（.xlsm 写出 .评估.xlsm，保留宏；含 自评报告、评估结果 两张工作表），
      原工作簿的其他内容原样保留，原文件不会被修改。
      Evaluate one workbook; writes <name>.评估.xlsx (.xlsm stays .xlsm with its macros) — the workbook as it was
      plus the 自评报告 and 评估结果 sheets; the input is never modified.
      --docx 另存自评报告为 Word 文档 / also writes the 自评报告 as a Word document.
  jixiao batch <文件或文件夹…> --summary <汇总.xlsx> [--json-dir <dir>] [--jobs N]
      批量评估（递归查找 .xlsx / .xlsm；.xls、.et、.csv 列为跳过并提示另存为 .xlsx），写出汇总工作簿（汇总、问题清单）。
      Evaluate many workbooks (folders searched recursively; .xls, .et, .csv are listed as skipped);
      writes a summary workbook.

退出码 / Exit codes:
  0 评估完成，无错误级问题 / evaluated, no error-level finding
  1 评估完成，有错误级问题 / evaluated, with error-level findings
  2 无法评估（文件损坏、加密、不是 .xlsx、未找到自评表、参数错误）/ could not evaluate
`;

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const commandLine = parseCommandLine(argv);
    switch (commandLine.command) {
      case 'help':
        io.stdout(USAGE);
        return EXIT_OK;
      case 'version':
        io.stdout(`${version()}\n`);
        return EXIT_OK;
      case 'evaluate':
        return await runEvaluate(commandLine, io);
      case 'batch': {
        // Loaded only for a batch: `evaluate`, one short process, does not pay for the pool and summary.
        const { runBatch } = await import('./commands/batch');
        return await runBatch(commandLine, io);
      }
    }
  } catch (error) {
    const cliError = toCliError(error);
    io.stderr(`${renderCliError(cliError)}\n`);
    if (debug) {
      const cause = cliError.causeError ?? error;
      io.stderr(`${cause instanceof Error && cause.stack ? cause.stack : String(cause)}\n`);
    }
    return EXIT_CANNOT_EVALUATE;
  }
}

export function run(argv: readonly string[] = process.argv.slice(2)): void {
  // `jixiao … | head` closes stdout early: stop quietly instead of crashing with EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else throw error;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`jixiao: ${String(error)}\n`);
      process.exitCode = EXIT_CANNOT_EVALUATE;
    },
  );
}
