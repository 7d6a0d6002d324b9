/**
 * Every user-facing string of the CLI, Chinese first and English beside it. Templates use
 * {{placeholders}} (filled by the engine's fillTemplate; a missing value stays visible); logic passes data,
 * never concatenates text.
 */
import { fillTemplate } from '../engine/template';

export type Locale = 'zh' | 'en';

export interface Message {
  zh: string;
  en: string;
}

export const MESSAGES = {
  // ---- could not evaluate (exit 2): one line, `cannotEvaluate` wraps the reason ----
  cannotEvaluate: { zh: '无法评估「{{file}}」：{{reason}}', en: 'Cannot evaluate "{{file}}": {{reason}}' },
  fileMissing: { zh: '文件不存在', en: 'the file does not exist' },
  notAFile: { zh: '这是一个文件夹，不是文件', en: 'it is a folder, not a file' },
  unreadable: { zh: '文件无法读取（{{code}}）', en: 'the file cannot be read ({{code}})' },
  empty: { zh: '文件是空的（0 字节）', en: 'the file is empty (0 bytes)' },
  encrypted: {
    zh: '工作簿设有打开密码（已加密），请在 Excel 中取消密码后另存为 .xlsx 再试',
    en: 'the workbook is password-protected (encrypted); remove the password in Excel, save as .xlsx and retry',
  },
  legacyXls: {
    zh: '这是旧版 Excel 97-2003（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 再试',
    en: 'this is an Excel 97-2003 (.xls) file; save it as .xlsx in Excel or WPS and retry',
  },
  notZip: { zh: '不是 Excel 工作簿（.xlsx）文件', en: 'not an Excel workbook (.xlsx)' },
  notXlsx: {
    zh: '是压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml；.xlsb 或 Word 文件请另存为 .xlsx）',
    en: 'a zip archive but not an Excel workbook (no xl/workbook.xml; save .xlsb or Word files as .xlsx)',
  },
  truncated: {
    zh: '文件不完整或已损坏（压缩包目录缺失），请重新下载或从 Excel 重新保存',
    en: 'the file is incomplete or damaged (zip directory missing); download it again or re-save it from Excel',
  },
  zipEncrypted: { zh: '压缩包内的文件已加密，无法读取', en: 'entries of the zip are encrypted and cannot be read' },
  tooLarge: {
    zh: '解压后体积超出上限（{{size}} 字节 > {{limit}} 字节），疑似压缩炸弹，已拒绝读取',
    en: 'uncompressed size exceeds the limit ({{size}} bytes > {{limit}} bytes), a likely zip bomb; not read',
  },
  fileTooLarge: {
    zh: '文件过大（{{size}} 字节 > {{limit}} 字节），不像是绩效自评表，已拒绝读取',
    en: 'the file is too large ({{size}} bytes > {{limit}} bytes) for a self-evaluation workbook; not read',
  },
  tooLargeEntries: {
    zh: '压缩包内文件过多（{{entries}} 个 > {{limit}} 个），已拒绝读取',
    en: 'too many entries in the zip ({{entries}} > {{limit}}); not read',
  },
  sizeMismatch: {
    zh: '压缩包内「{{entry}}」解压后大于其声明的大小，文件已损坏或被篡改，已拒绝读取',
    en: 'entry "{{entry}}" inflates beyond its declared size; the file is damaged or tampered with; not read',
  },
  corrupt: {
    zh: '工作簿已损坏，Excel 组件无法解析（{{reason}}）',
    en: 'the workbook is damaged and cannot be parsed ({{reason}})',
  },
  noTables: {
    zh: '没有找到绩效自评表（项目支出绩效自评表、部门整体支出绩效自评表等）；请确认表头含「三级指标」「分值」「全年执行数」等标签',
    en: 'no self-evaluation table found (项目支出绩效自评表, 部门整体支出绩效自评表, …); check the headers (三级指标, 分值, 全年执行数)',
  },
  internalError: {
    zh: '内部错误：{{reason}}（加 --debug 查看详情，请报告此问题）',
    en: 'internal error: {{reason}} (run with --debug for details and please report it)',
  },

  // ---- bad arguments (exit 2) ----
  badArguments: {
    zh: '参数错误：{{reason}}。用法见 jixiao --help',
    en: 'Bad arguments: {{reason}}. See jixiao --help',
  },
  unknownCommand: { zh: '未知命令「{{command}}」', en: 'unknown command "{{command}}"' },
  missingInput: { zh: '缺少要评估的 .xlsx 文件', en: 'missing the .xlsx file to evaluate' },
  tooManyInputs: {
    zh: '一次只能评估一个文件（多个文件请用 jixiao batch）',
    en: 'evaluate takes one file (use jixiao batch for several)',
  },
  missingSummary: { zh: 'batch 需要 --summary <汇总.xlsx>', en: 'batch needs --summary <summary.xlsx>' },
  missingBatchInputs: { zh: '缺少要评估的文件或文件夹', en: 'missing files or folders to evaluate' },
  unknownProfile: {
    zh: '未知的评分规则「{{profile}}」，可选：{{choices}}',
    en: 'unknown rule profile "{{profile}}"; choices: {{choices}}',
  },
  unknownLang: { zh: '--lang 只能是 zh 或 en', en: '--lang must be zh or en' },
  parseError: { zh: '{{detail}}', en: '{{detail}}' },
  outIsInput: {
    zh: '输出文件「{{out}}」就是输入文件；jixiao 从不修改原文件，请换一个 --out 路径',
    en: 'the output "{{out}}" is the input file; jixiao never modifies its input, choose another --out',
  },
  outNotXlsx: { zh: '--out 必须以 .xlsx 或 .xlsm 结尾', en: '--out must end with .xlsx or .xlsm' },
  outMacroExtension: {
    zh: '输入是启用宏的 .xlsm 工作簿，--out 也必须以 .xlsm 结尾（否则 Excel 打不开）',
    en: 'the input is a macro-enabled .xlsm workbook; --out must end with .xlsm too (Excel refuses it otherwise)',
  },
  outputsCollide: {
    zh: '{{first}} 和 {{second}} 指向同一个文件「{{file}}」，会互相覆盖；请为每种输出指定不同的文件',
    en: '{{first}} and {{second}} name the same file "{{file}}" and would overwrite each other; give each output its own file',
  },
  cannotWrite: {
    zh: '无法写入「{{file}}」（{{code}}）；若该文件正在 Excel/WPS 中打开，请先关闭',
    en: 'cannot write "{{file}}" ({{code}}); if it is open in Excel/WPS, close it first',
  },

  // ---- evaluate summary (human, stdout) ----
  summaryFile: { zh: '文件：{{file}}', en: 'File: {{file}}' },
  summaryTablesFound: { zh: '找到 {{count}} 张绩效自评表：', en: '{{count}} self-evaluation table(s) found:' },
  summaryTable: {
    zh: '  {{sheet}}!{{range}}  {{kind}}  {{title}}',
    en: '  {{sheet}}!{{range}}  {{kind}}  {{title}}',
  },
  summaryScore: {
    zh: '    总分 {{total}}（表内填报 {{reported}}），等级 {{grade}}；资金执行率 {{rate}}',
    en: '    total {{total}} (stated {{reported}}), grade {{grade}}; execution rate {{rate}}',
  },
  summaryRateOnly: {
    zh: '    资金执行率 {{rate}}（本表不计分）',
    en: '    execution rate {{rate}} (this table carries no scores)',
  },
  summaryCounts: {
    zh: '发现问题：错误 {{errors}} 个，警告 {{warnings}} 个，提示 {{infos}} 个',
    en: 'Findings: {{errors}} errors, {{warnings}} warnings, {{infos}} notes',
  },
  summaryTop: { zh: '主要问题：', en: 'Top findings:' },
  summaryFinding: {
    zh: '  [{{severity}}] {{sheet}}!{{cell}}  {{message}}',
    en: '  [{{severity}}] {{sheet}}!{{cell}}  {{message}}',
  },
  summaryMore: {
    zh: '  …… 另有 {{count}} 个问题，见「评估结果」工作表',
    en: '  … {{count}} more, see the 评估结果 sheet',
  },
  summaryWritten: { zh: '已写出：{{file}}', en: 'Written: {{file}}' },
  notComputed: { zh: '无法计算', en: 'not computed' },
  none: { zh: '无', en: 'none' },
  severity_error: { zh: '错误', en: 'error' },
  severity_warning: { zh: '警告', en: 'warning' },
  severity_info: { zh: '提示', en: 'note' },
  kind_project: { zh: '项目支出绩效自评表', en: 'project self-evaluation' },
  kind_department: { zh: '部门整体支出绩效目标完成情况表', en: 'department targets' },
  kind_departmentScore: { zh: '部门整体支出绩效单位自评表', en: 'department score grid' },

  // ---- batch ----
  batchNoFiles: { zh: '没有找到 .xlsx / .xlsm 文件', en: 'no .xlsx / .xlsm files found' },
  batchSkipped: {
    zh: '跳过「{{file}}」：{{extension}} 文件无法直接评估，请在 Excel 或 WPS 中另存为 .xlsx 后再评估',
    en: 'skipped "{{file}}": {{extension}} files cannot be evaluated; save it as .xlsx in Excel or WPS and run again',
  },
  batchProgress: { zh: '评估中 {{done}}/{{total}}', en: 'evaluating {{done}}/{{total}}' },
  batchDone: {
    zh: '共 {{total}} 个文件：已评估 {{evaluated}} 个，无法评估 {{failed}} 个，跳过 {{skipped}} 个；汇总：{{summary}}',
    en: '{{total}} files: {{evaluated}} evaluated, {{failed}} could not be evaluated, {{skipped}} skipped; summary: {{summary}}',
  },
  batchSheetSummary: { zh: '汇总', en: '汇总' },
  batchSheetFindings: { zh: '问题清单', en: '问题清单' },
  batchStatusOk: { zh: '已评估', en: 'evaluated' },
  batchStatusFailed: { zh: '无法评估：{{reason}}', en: 'not evaluated: {{reason}}' },
  batchStatusSkipped: {
    zh: '跳过：{{extension}} 文件，请另存为 .xlsx',
    en: 'skipped: {{extension}} file, save it as .xlsx',
  },
} satisfies Record<string, Message>;

export type MessageId = keyof typeof MESSAGES;

export function message(id: MessageId, locale: Locale, data?: Record<string, string | number>): string {
  return fillTemplate(MESSAGES[id][locale], data);
}

/** Both languages on one line: 中文。 / English. */
export function bilingual(id: MessageId, data?: Record<string, string | number>): string {
  return `${message(id, 'zh', data)} / ${message(id, 'en', data)}`;
}
