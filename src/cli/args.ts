/** Command-line parsing (node:util parseArgs) into plain option objects. */
import { parseArgs } from 'node:util';
import { badArguments } from './errors';
import { isWorkbookFileName } from '../package/file-names';
import type { Locale } from './messages';

export interface EvaluateOptions {
  command: 'evaluate';
  input: string;
  out?: string;
  json?: string; // a path, or '-' for stdout
  text?: string; // a path, or '-' for stdout
  docx?: string; // the 自评报告 as a Word document
  profile: string;
  lang: Locale;
  debug: boolean;
}

export interface BatchOptions {
  command: 'batch';
  inputs: string[];
  summary: string;
  jsonDir?: string;
  profile: string;
  lang: Locale;
  debug: boolean;
  /** Worker count; default os.availableParallelism(). */
  jobs?: number;
}

export type CommandLine =
  EvaluateOptions | BatchOptions | { command: 'help'; debug: boolean } | { command: 'version'; debug: boolean };

const COMMON = {
  profile: { type: 'string' },
  lang: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [command, ...rest] = argv;
  const debug = argv.includes('--debug');
  if (command === undefined || command === 'help' || command === '--help' || command === '-h')
    return { command: 'help', debug };
  if (command === 'version' || command === '--version' || command === '-v') return { command: 'version', debug };
  if (command === 'evaluate') return parseEvaluate(rest);
  if (command === 'batch') return parseBatch(rest);
  throw badArguments('unknownCommand', { command });
}

function parseEvaluate(args: string[]): CommandLine {
  const { values, positionals } = parse(args, {
    ...COMMON,
    out: { type: 'string', short: 'o' },
    json: { type: 'string' },
    text: { type: 'string' },
    docx: { type: 'string' },
  });
  if (values.flag('help')) return { command: 'help', debug: values.flag('debug') };
  if (positionals.length === 0) throw badArguments('missingInput');
  if (positionals.length > 1) throw badArguments('tooManyInputs');
  const out = values.string('out');
  if (out !== undefined && !isWorkbookFileName(out)) throw badArguments('outNotXlsx');
  const docx = values.string('docx');
  if (docx !== undefined && !/\.docx$/i.test(docx)) throw badArguments('docxNotDocx');
  if (values.string('json') === '-' && values.string('text') === '-') {
    throw badArguments('parseError', {
      detail: '--json - / --text -: only one can go to stdout / 只能有一个输出到屏幕',
    });
  }
  return {
    command: 'evaluate',
    input: positionals[0],
    out,
    json: values.string('json'),
    text: values.string('text'),
    docx,
    profile: values.string('profile') ?? 'national',
    lang: parseLocale(values.string('lang')),
    debug: values.flag('debug'),
  };
}

function parseBatch(args: string[]): CommandLine {
  const { values, positionals } = parse(args, {
    ...COMMON,
    summary: { type: 'string' },
    'json-dir': { type: 'string' },
    jobs: { type: 'string' },
  });
  if (values.flag('help')) return { command: 'help', debug: values.flag('debug') };
  if (positionals.length === 0) throw badArguments('missingBatchInputs');
  const summary = values.string('summary');
  if (!summary) throw badArguments('missingSummary');
  if (!/\.xlsx$/i.test(summary)) throw badArguments('outNotXlsx');
  const jobsText = values.string('jobs');
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) {
    throw badArguments('parseError', { detail: '--jobs must be a positive integer / --jobs 须为正整数' });
  }
  return {
    command: 'batch',
    inputs: positionals,
    summary,
    jsonDir: values.string('json-dir'),
    profile: values.string('profile') ?? 'national',
    lang: parseLocale(values.string('lang')),
    debug: values.flag('debug'),
    jobs,
  };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parse(args: string[], options: OptionSpec) {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return {
      values: new ParsedValues(parsed.values as Record<string, string | boolean | undefined>),
      positionals: parsed.positionals,
    };
  } catch (error) {
    // parseArgs messages are English and name the option: keep them, they are precise.
    throw badArguments('parseError', { detail: error instanceof Error ? error.message.split('\n')[0] : String(error) });
  }
}

class ParsedValues {
  constructor(private readonly raw: Record<string, string | boolean | undefined>) {}
  string(name: string): string | undefined {
    const value = this.raw[name];
    return typeof value === 'string' ? value : undefined;
  }
  flag(name: string): boolean {
    return this.raw[name] === true;
  }
}

function parseLocale(value: string | undefined): Locale {
  if (value === undefined || value === 'zh' || value === 'zh-CN') return 'zh';
  if (value === 'en' || value === 'en-US') return 'en';
  throw badArguments('unknownLang');
}
