/**
 * Every user-facing string of the task pane and the standalone page, Chinese first. Components pick a table
 * with `messagesFor(locale)` and fill {{placeholders}} with `fillTemplate` (src/engine/template) — never concatenate text in logic.
 */
import type { Severity, TableKind } from '../engine/model';
import type { Locale } from '../host/contract';

export type { Locale } from '../host/contract';

export interface Messages {
  appTitle: string;
  evaluate: string;
  evaluating: string;
  evaluateHint: string;
  /** {{count}} tables, {{findings}} findings */
  evaluatedSummary: string;
  noTablesTitle: string;
  noTablesBody: string;
  tablesHeading: string;
  /** {{count}} */
  showAllTables: string;
  tableKind: Record<TableKind, string>;
  sheetLabel: string;
  unitLabel: string;
  executionRateLabel: string;
  totalLabel: string;
  gradeLabel: string;
  notAvailable: string;
  findingsHeading: string;
  noFindings: string;
  noFindingsForFilter: string;
  severity: Record<Severity, string>;
  /** {{label}} {{count}} */
  filterButton: string;
  filterGroupLabel: string;
  /** {{sheet}} {{cell}} */
  location: string;
  /** {{message}} {{location}} — accessible name of a finding's go-to button */
  goToFinding: string;
  fix: string;
  fixed: string;
  fixAll: string;
  /** {{count}} */
  fixAllCount: string;
  /** {{count}} */
  fixesApplied: string;
  undo: string;
  undone: string;
  narrativeHeading: string;
  copyAll: string;
  copied: string;
  copyManualHint: string;
  narrativeBoxLabel: string;
  dismiss: string;
  errorTitle: string;
  /** {{detail}} */
  evaluateFailed: string;
  /** {{detail}} */
  goToFailed: string;
  /** {{detail}} */
  fixFailed: string;
  /** {{detail}} */
  undoFailed: string;
  /** {{detail}} */
  copyFailed: string;
  unknownError: string;
  // Headline and what was written
  headlineLabel: string;
  /** {{count}} tables with a total */
  headlineTables: string;
  /** {{grade}} {{count}} */
  gradeCount: string;
  /** {{count}} */
  writtenCells: string;
  writtenNoCells: string;
  /** {{count}} */
  writtenAdded: string;
  /** {{count}} */
  writtenUpdated: string;
  listSeparator: string;
  clauseSeparator: string;
  sentenceEnd: string;
  resumedNote: string;
  undoneNote: string;
  // Fixes
  /** {{cell}} {{from}} {{to}} */
  fixPreview: string;
  followUp: Record<'total' | 'grade', string>;
  appliedHeading: string;
  /** {{change}} */
  appliedItem: string;
  cellGroupLabel: string;
  // Progress and profile
  progressLabel: string;
  progressStep: Record<'read' | 'evaluate' | 'write', string>;
  profileLabel: string;
  profileName: Record<string, string>;
  // Report panel
  /** {{count}} {{fill}} {{check}} */
  markersCount: string;
  noMarkers: string;
  previousMarker: string;
  nextMarker: string;
  /** {{index}} {{count}} */
  markerPosition: string;
  downloadWord: string;
  /** {{detail}} */
  wordFailed: string;
  loadingReport: string;
  // Start-up
  loadingOffice: string;
  /** {{detail}} */
  officeLoadFailed: string;
  notInExcel: string;
  // Standalone page
  standaloneTitle: string;
  standaloneIntro: string;
  privacyNote: string;
  chooseFile: string;
  dropHere: string;
  /** {{name}} */
  fileLoaded: string;
  loadingFile: string;
  download: string;
  /** {{detail}} */
  downloadFailed: string;
  goToStandalone: string;
}

const ZH_CN: Messages = {
  appTitle: '绩效自评助手',
  evaluate: '评估',
  evaluating: '正在评估…',
  evaluateHint: '点击“评估”检查本工作簿中的绩效自评表，计算执行率、得分和等级，并生成自评报告。',
  evaluatedSummary: '已评估 {{count}} 张表，发现 {{findings}} 条问题。',
  noTablesTitle: '未找到绩效自评表',
  noTablesBody: '工作簿中没有可识别的绩效自评表（需要含“一级指标”“指标值”“实际完成值”等表头）。请检查表头文字后重试。',
  tablesHeading: '自评表',
  showAllTables: '显示全部 {{count}} 张表',
  tableKind: {
    project: '项目支出绩效自评表',
    department: '部门整体支出绩效目标完成情况表',
    departmentScore: '部门整体支出绩效单位自评表',
  },
  sheetLabel: '工作表',
  unitLabel: '单位',
  executionRateLabel: '执行率',
  totalLabel: '总分',
  gradeLabel: '等级',
  notAvailable: '—',
  findingsHeading: '发现的问题',
  noFindings: '未发现问题。',
  noFindingsForFilter: '所选级别下没有问题。',
  severity: { error: '错误', warning: '警告', info: '提示' },
  filterButton: '{{label}} {{count}}',
  filterGroupLabel: '按级别筛选',
  location: '{{sheet}}!{{cell}}',
  goToFinding: '定位到 {{location}}：{{message}}',
  fix: '修正',
  fixed: '已修正',
  fixAll: '全部修正',
  fixAllCount: '全部修正（{{count}}）',
  fixesApplied: '已修正 {{count}} 处。',
  undo: '撤销本次评估',
  undone: '已撤销本次评估写入的内容。',
  narrativeHeading: '自评报告',
  copyAll: '复制全文',
  copied: '已复制到剪贴板。',
  copyManualHint: '无法自动复制：文本已选中，请按 Ctrl+C（Mac 上按 ⌘+C）复制。',
  narrativeBoxLabel: '自评报告全文',
  dismiss: '关闭',
  errorTitle: '出错了',
  evaluateFailed: '评估失败：{{detail}}',
  goToFailed: '无法定位到该单元格：{{detail}}',
  fixFailed: '修正失败：{{detail}}',
  undoFailed: '撤销失败：{{detail}}',
  copyFailed: '复制失败：{{detail}}',
  unknownError: '未知错误',
  headlineLabel: '评估结果',
  headlineTables: '{{count}} 张表已评分',
  gradeCount: '{{grade}} {{count}} 张',
  writtenCells: '已写入 {{count}} 个单元格',
  writtenNoCells: '未改动原有单元格',
  writtenAdded: '新增 {{count}} 张工作表：',
  writtenUpdated: '更新 {{count}} 张工作表：',
  listSeparator: '、',
  clauseSeparator: '，',
  sentenceEnd: '。',
  resumedNote: '显示的是本工作簿上次评估写入的结果；点击“评估”可重新评估。',
  undoneNote: '已撤销：以下为工作簿恢复原样后的评估结果（未写入）。',
  fixPreview: '{{cell}}：{{from}} → {{to}}',
  followUp: { total: '同时将总分 {{from}} 改为 {{to}}', grade: '同时将等级 {{from}} 改为 {{to}}' },
  appliedHeading: '本次已修正',
  appliedItem: '已修正 {{change}}',
  cellGroupLabel: '单元格 {{location}}',
  progressLabel: '评估进度',
  progressStep: { read: '正在读取工作簿…', evaluate: '正在评估…', write: '正在写入结果…' },
  profileLabel: '评分规则',
  profileName: {
    national: '全国（财预〔2020〕10号）',
    'national-deviation': '全国，反向指标按偏离度扣分',
    'bands-80': '全国，优 ≥ 80 分',
  },
  markersCount: '待处理标记 {{count}} 处（待填写 {{fill}}，待核实 {{check}}）',
  noMarkers: '报告中没有待填写或待核实的标记。',
  previousMarker: '上一处',
  nextMarker: '下一处',
  markerPosition: '第 {{index}}/{{count}} 处',
  downloadWord: '下载 Word',
  wordFailed: '无法生成 Word 文档：{{detail}}',
  loadingReport: '正在加载报告…',
  loadingOffice: '正在连接 Excel…',
  officeLoadFailed: '无法加载 Office 运行库：{{detail}}。请关闭并重新打开任务窗格。',
  notInExcel: '当前不在 Excel 中运行，已切换为网页版：请选择一个工作簿文件。',
  standaloneTitle: '绩效自评助手（网页版）',
  standaloneIntro: '选择或拖入一个 .xlsx 工作簿，点击“评估”，然后下载评估结果。',
  privacyNote: '文件只在本机浏览器中处理，不会上传到任何服务器。',
  chooseFile: '选择工作簿…',
  dropHere: '或将 .xlsx 文件拖到此处',
  fileLoaded: '已打开：{{name}}',
  loadingFile: '正在读取文件…',
  download: '下载评估结果',
  downloadFailed: '下载失败：{{detail}}',
  goToStandalone: '已选中 {{location}}（网页版无法在表格中定位，请在下载的文件中查看该单元格）。',
};

const EN_US: Messages = {
  appTitle: 'Performance Self-Evaluation',
  evaluate: 'Evaluate',
  evaluating: 'Evaluating…',
  evaluateHint:
    'Click Evaluate to check the self-evaluation tables in this workbook, compute execution rates, scores and grades, and generate the report.',
  evaluatedSummary: 'Evaluated {{count}} table(s); {{findings}} finding(s).',
  noTablesTitle: 'No self-evaluation table found',
  noTablesBody:
    'The workbook has no recognisable self-evaluation table (headers such as 一级指标, 指标值, 实际完成值). Check the header labels and try again.',
  tablesHeading: 'Tables',
  showAllTables: 'Show all {{count}} tables',
  tableKind: {
    project: 'Project expenditure self-evaluation',
    department: 'Department targets vs. actuals',
    departmentScore: 'Department score grid',
  },
  sheetLabel: 'Sheet',
  unitLabel: 'Unit',
  executionRateLabel: 'Execution rate',
  totalLabel: 'Total score',
  gradeLabel: 'Grade',
  notAvailable: '—',
  findingsHeading: 'Findings',
  noFindings: 'No findings.',
  noFindingsForFilter: 'No findings at the selected severities.',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  filterButton: '{{label}} {{count}}',
  filterGroupLabel: 'Filter by severity',
  location: '{{sheet}}!{{cell}}',
  goToFinding: 'Go to {{location}}: {{message}}',
  fix: 'Fix',
  fixed: 'Fixed',
  fixAll: 'Fix all',
  fixAllCount: 'Fix all ({{count}})',
  fixesApplied: 'Applied {{count}} fix(es).',
  undo: 'Undo this evaluation',
  undone: 'The changes of this evaluation were undone.',
  narrativeHeading: 'Self-evaluation report',
  copyAll: 'Copy all',
  copied: 'Copied to the clipboard.',
  copyManualHint: 'Automatic copy is blocked: the text is selected, press Ctrl+C (⌘+C on a Mac) to copy it.',
  narrativeBoxLabel: 'Full report text',
  dismiss: 'Dismiss',
  errorTitle: 'Something went wrong',
  evaluateFailed: 'Evaluation failed: {{detail}}',
  goToFailed: 'Could not select that cell: {{detail}}',
  fixFailed: 'Could not apply the fix: {{detail}}',
  undoFailed: 'Could not undo: {{detail}}',
  copyFailed: 'Could not copy: {{detail}}',
  unknownError: 'unknown error',
  headlineLabel: 'Result',
  headlineTables: '{{count}} table(s) scored',
  gradeCount: '{{grade}} × {{count}}',
  writtenCells: 'Wrote {{count}} cell(s)',
  writtenNoCells: 'No existing cell changed',
  writtenAdded: 'added {{count}} sheet(s): ',
  writtenUpdated: 'updated {{count}} sheet(s): ',
  listSeparator: ', ',
  clauseSeparator: '; ',
  sentenceEnd: '.',
  resumedNote: 'Showing the result this workbook was last evaluated with; click Evaluate to run again.',
  undoneNote: 'Undone: this is the evaluation of the restored workbook (nothing written).',
  fixPreview: '{{cell}}: {{from}} → {{to}}',
  followUp: { total: 'also change the total {{from}} to {{to}}', grade: 'also change the grade {{from}} to {{to}}' },
  appliedHeading: 'Fixed now',
  appliedItem: 'Fixed {{change}}',
  cellGroupLabel: 'Cell {{location}}',
  progressLabel: 'Evaluation progress',
  progressStep: { read: 'Reading the workbook…', evaluate: 'Evaluating…', write: 'Writing the result…' },
  profileLabel: 'Scoring rules',
  profileName: {
    national: 'National (MOF 2020 No. 10)',
    'national-deviation': 'National, ≤ targets by deviation',
    'bands-80': 'National, top grade from 80',
  },
  markersCount: '{{count}} marker(s) to resolve ({{fill}} to fill in, {{check}} to check)',
  noMarkers: 'The report has no marker to fill in or check.',
  previousMarker: 'Previous',
  nextMarker: 'Next',
  markerPosition: '{{index}} of {{count}}',
  downloadWord: 'Download Word',
  wordFailed: 'Could not create the Word document: {{detail}}',
  loadingReport: 'Loading the report…',
  loadingOffice: 'Connecting to Excel…',
  officeLoadFailed: 'Could not load the Office runtime: {{detail}}. Close and reopen the task pane.',
  notInExcel: 'Not running inside Excel; switched to the web page: choose a workbook file.',
  standaloneTitle: 'Performance Self-Evaluation (web)',
  standaloneIntro: 'Choose or drop an .xlsx workbook, click Evaluate, then download the result.',
  privacyNote: 'The file is processed in this browser only and never uploaded.',
  chooseFile: 'Choose workbook…',
  dropHere: 'or drop an .xlsx file here',
  fileLoaded: 'Opened: {{name}}',
  loadingFile: 'Reading the file…',
  download: 'Download result',
  downloadFailed: 'Download failed: {{detail}}',
  goToStandalone:
    'Selected {{location}} (the web page cannot move the cursor; look at this cell in the downloaded file).',
};

export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': ZH_CN, 'en-US': EN_US };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** English when the display language is English, Chinese otherwise (the product's users are Chinese). */
export function localeFromLanguage(language: string | null | undefined): Locale {
  return language && /^en\b/i.test(language) ? 'en-US' : 'zh-CN';
}

/** The text of an error for the user: our own errors carry a user-facing message already. */
export function errorDetail(error: unknown, messages: Messages): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string' && error.message) {
    return error.message;
  }
  return messages.unknownError;
}
