/**
 * Every sentence the 自评报告 generator writes, as templates with {{placeholders}}. Logic only picks a
 * template and fills it; it never concatenates Chinese text itself. zh-CN follows the register of the
 * published 屏边县政务服务管理局 2023 report; en-US is a plain translation for non-Chinese readers.
 *
 * Values put into placeholders are already formatted (money with its unit, rates with %, scores trimmed).
 */
import { fillParsed, MissingTemplateValueError, parseTemplate, type ParsedTemplate } from '../template';

export type NarrativeLocale = 'zh-CN' | 'en-US';

export const ZH_CN = {
  // Separators and shared pieces.
  listSeparator: '、',
  ordinals: '一,二,三,四,五,六,七,八,九,十,十一,十二',
  clauseSeparator: '，',
  sentenceSeparator: '；',
  sentenceEnd: '。',
  yearPart: '{{year}}年',
  placeholder: '【待填写：{{what}}】',
  placeholderAt: '【待填写：{{what}}（{{where}}）】',
  check: '【待核实：{{what}}】',
  checkAt: '【待核实：{{what}}，{{cell}}】',
  noTables:
    '工作簿中未找到绩效自评表（项目支出绩效自评表、部门整体支出绩效目标完成情况表或部门整体支出绩效单位自评表），无法生成自评报告。',

  // Titles.
  titleDepartment: '{{unit}}部门{{year}}整体支出绩效自评报告',
  titleProject: '{{project}}{{year}}项目支出绩效自评报告',
  projectYear: '{{year}}年度',
  unnamedProject: '项目',
  unnamedLevel: '其他',

  // Department headings (SPEC §7, in order).
  hDeptBasic: '一、部门基本情况',
  hDeptOverview: '（一）部门概况',
  hDeptDuties: '1.简述部门职责职能',
  hDeptOrganization: '2.机构设置及人员情况',
  hDeptWorkPlan: '3.年度工作计划及重点工作任务情况',
  hDeptOverallGoal: '（二）当年部门履职总体目标、工作任务',
  hDeptPerformanceGoal: '（三）当年部门整体支出绩效目标',
  hDeptPerformanceManagement: '（四）部门预算绩效管理开展情况',
  hDeptBudget: '（五）当年部门预算批复及整体支出安排情况',
  hDeptAchievement: '二、部门整体支出绩效目标实现情况',
  hDeptGoalsDone: '（一）绩效目标完成情况',
  hDeptGoalsMissed: '（二）绩效目标未完成原因分析',
  hDeptConclusion: '三、绩效自评结论',
  hDeptAnalysis: '四、绩效评价指标分析',
  hAnalysisInput: '（一）投入情况分析',
  hAnalysisProcess: '（二）过程情况分析',
  hAnalysisOutput: '（三）产出情况分析',
  hAnalysisEffect: '（四）效果情况分析',
  hAnalysisOther: '（{{ordinal}}）{{level}}情况分析',
  hDeptProblems: '五、存在的问题及改进措施',
  hProblemsMain: '（一）主要问题及原因分析',
  hProblemsMeasures: '（二）改进方向和具体措施',
  hDeptExperience: '六、主要经验及做法',
  hDeptOther: '七、其他需说明的情况',

  // Project headings.
  hProjBasic: '一、基本情况',
  hProjAchievement: '二、绩效目标实现情况',
  hProjConclusion: '三、自评结论',
  hProjDeviation: '四、偏差原因及改进措施',
  hProjOther: '五、其他需说明的情况',

  // Placeholders (what the author must write; the workbook cannot tell).
  phDuties: '部门职责职能',
  phOrganization: '机构设置（成立时间、内设机构、所属单位）',
  phStaff: '人员情况（编制数、在职实有人数）',
  phWorkPlan: '年度工作计划及重点工作任务情况',
  phOverallGoal: '当年部门履职总体目标、工作任务',
  phPerformanceGoal: '当年部门整体支出绩效目标',
  phPerformanceManagement: '部门预算绩效管理开展情况',
  phBudget: '部门预算批复及整体支出安排情况（工作簿中未找到资金合计行）',
  phGoalsDone: '绩效目标完成情况（工作簿中未找到绩效指标）',
  phReason: '偏差原因',
  phGoalsMissed: '绩效目标未完成原因分析',
  phScoreTable: '绩效自评得分（工作簿中未找到一级指标分值及得分）',
  phTotal: '自评总分及等级',
  phAnalysis: '{{level}}情况分析',
  phProblems: '主要问题及原因分析',
  phMeasures: '改进方向和具体措施',
  phExperience: '主要经验及做法',
  phOther: '其他需说明的情况（如无，填写“无”）',
  phProjectGoal: '项目年度总体目标',
  phProjectDone: '项目实际完成情况',
  phProjectFunds: '项目资金情况（工作簿中未找到年度资金总额行）',

  // 一、部门基本情况
  staffIntro: '{{year}}部门人员情况：{{clauses}}。',
  staffAuthorized: '在职人员编制{{count}}人',
  staffActual: '在职实有{{count}}人',
  keyTaskList: '部门年度重点工作任务包括：{{items}}。',
  budgetTotal: '{{year}}部门预算批复{{clauses}}',
  budgetParts: '，其中{{parts}}',
  budgetPartsAll: '，全部为{{label}}',
  budgetPart: '{{label}}{{clauses}}',
  fundInitial: '年初预算数{{amount}}',
  fundAdjusted: '全年预算数{{amount}}',
  fundExecuted: '全年执行数{{amount}}',
  fundRate: '执行率{{rate}}',

  // 二、绩效目标实现情况
  doneList: '{{year}}部门整体支出中{{items}}。',
  doneItem: '完成{{name}}{{value}}',
  doneItemPlain: '{{name}}{{value}}',
  doneQualitative: '{{names}}：{{actual}}。',
  doneSpending: '完成预算执行金额{{executed}}，其中{{items}}，预算执行率达{{rate}}。',
  doneSpendingNoRate: '完成预算执行金额{{executed}}，其中{{items}}。',
  spendingItem: '{{label}}{{amount}}',
  unknownItem: '{{name}}是否达到指标值无法从表中判断（指标值{{target}}，实际完成值{{actual}}）',
  // A cell the reader could not read (#N/A, an overflow) is never stated as a result.
  unreadableItem: '{{name}}的{{cells}}单元格无法读取',
  unreadableCells: '{{cells}}单元格无法读取',
  analysisUnreadable: '{{name}}：{{marker}}',
  unreadableTarget: '指标值',
  unreadableActual: '实际完成值',
  missedIntro: '未达到年度指标值的指标：',
  missedItem: '{{name}}指标值{{target}}，实际完成值{{actual}}',
  withReason: '{{text}}，偏差原因：{{reason}}',
  // The total's rate was just stated in 二（一）: not again here.
  missedExecution: '部门整体支出预算未全部执行，结余{{unspent}}，其中：{{items}}',
  missedExecutionItem: '{{label}}全年预算{{adjusted}}，已支付{{executed}}，执行率{{rate}}，结余{{unspent}}',
  missedExecutionOnlyItem: '{{label}}全年预算{{adjusted}}，已支付{{executed}}，执行率{{rate}}',
  reasonAnalysis: '{{text}}；原因分析：{{reason}}。',
  reasonInline: '{{text}}，原因：{{reason}}',
  missedNone: '各项绩效指标均已达到年度指标值。',
  phUnspentReason: '未完成原因',
  draftUnspent: '结余中{{parts}}，原因待补充',
  draftUnspentAll: '结余全部为{{label}}，原因待补充',
  projFundsParts: '项目资金中{{parts}}',
  draftUnspentPart: '{{label}}结余{{unspent}}',

  // 三、绩效自评结论
  scoreCaption: '{{year}}部门整体支出绩效自评得分',
  projectScoreCaption: '{{project}}绩效自评得分',
  scoreHeaderLevel: '一级指标',
  scoreHeaderWeight: '指标分值',
  scoreHeaderScore: '评价得分',
  scoreTotalRow: '合计',
  budgetExecutionLevel: '预算执行率',
  gradeLine: '自评评价等级为“{{grade}}”。',
  deptConclusion: '综上所述，部门整体支出自评评分为{{total}}分，部门整体支出自评评价等级为“{{grade}}”。',
  deptConclusionNoGrade: '综上所述，部门整体支出自评评分为{{total}}分。',
  projConclusion: '综上所述，项目自评得分为{{total}}分，自评等级为“{{grade}}”。',
  projConclusionNoGrade: '综上所述，项目自评得分为{{total}}分。',

  // 四、绩效评价指标分析
  analysisGroup: '{{ordinal}}.{{level2}}。{{clauses}}。',
  analysisStatedAbove: '{{level}}类指标的完成情况见本报告二（一）。',
  analysisNumeric: '{{name}}为{{actual}}',
  analysisNumericTarget: '{{name}}为{{actual}}（指标值{{target}}）',
  analysisQualitative: '{{name}}：{{actual}}',
  analysisScore: '{{text}}，得分{{score}}分（分值{{weight}}分）',
  analysisMissed: '{{text}}，未达到指标值',
  analysisDerived: '{{text}}（按表内数据计算为{{rate}}）',
  analysisReason: '{{text}}，扣分原因：{{reason}}',
  analysisDeviation: '{{text}}，偏差原因：{{reason}}',
  analysisNote: '{{text}}，说明：{{reason}}',
  analysisOvershoot: '{{text}}，超过指标值较多，超额原因：{{reason}}',
  phDeductionReason: '扣分原因',
  phOvershootReason: '超额原因',

  // 五、问题 / 四、偏差原因
  problemsSummary: '从自评结果看，{{items}}。',
  problemsMissed: '{{names}}未达到指标值',
  problemsLowExecution: '{{labels}}预算执行率低于{{threshold}}',
  projMissedReason: '{{name}}未达到指标值，偏差原因：{{reason}}。',
  projDeducted: '{{name}}已达到指标值，得分{{score}}分（分值{{weight}}分）{{checks}}，扣分原因：{{reason}}。',
  projUnspent: '{{label}}未全部执行，结余{{unspent}}，原因：{{reason}}。',

  // What a 【待核实】 marker says.
  issueScoreFix: '按评分规则应得{{fix}}分',
  issueRestatesMiss: '“{{reason}}”只复述了未达标，未说明原因',
  issueClaim: '“{{claim}}”与表内不符：{{names}}等{{count}}项指标未达到指标值',
  claimWhere: '（{{sheet}}“{{label}}”）',
  issueTotal: '按评分规则核算总分为{{computed}}分，与表内填报的{{reported}}分不一致',
  issueDefault: '校验发现问题，见“评估结果”工作表',
  issueLeftover: '表内另有{{count}}处校验问题未在正文中标出，见“评估结果”工作表',

  // Project report.
  projIdentity: '项目名称：{{project}}',
  projUnit: '实施单位：{{unit}}',
  projFunds: '项目资金{{clauses}}',
  projGoal: '年度总体目标：{{text}}',
  projActual: '实际完成情况：{{text}}',
  projDoneList: '本项目{{items}}。',
} as const;

export type MessageKey = keyof typeof ZH_CN;

/** Heading levels by heading key: 1 for 一、…, 2 for （一）…; other headings (1.…) have none. */
export const HEADING_LEVELS: Partial<Record<MessageKey, 1 | 2>> = {
  hDeptBasic: 1,
  hDeptOverview: 2,
  hDeptOverallGoal: 2,
  hDeptPerformanceGoal: 2,
  hDeptPerformanceManagement: 2,
  hDeptBudget: 2,
  hDeptAchievement: 1,
  hDeptGoalsDone: 2,
  hDeptGoalsMissed: 2,
  hDeptConclusion: 1,
  hDeptAnalysis: 1,
  hAnalysisInput: 2,
  hAnalysisProcess: 2,
  hAnalysisOutput: 2,
  hAnalysisEffect: 2,
  hAnalysisOther: 2,
  hDeptProblems: 1,
  hProblemsMain: 2,
  hProblemsMeasures: 2,
  hDeptExperience: 1,
  hDeptOther: 1,
  hProjBasic: 1,
  hProjAchievement: 1,
  hProjConclusion: 1,
  hProjDeviation: 1,
  hProjOther: 1,
};

export const EN_US: Record<MessageKey, string> = {
  listSeparator: ', ',
  ordinals: '1,2,3,4,5,6,7,8,9,10,11,12',
  clauseSeparator: ', ',
  sentenceSeparator: '; ',
  sentenceEnd: '.',
  yearPart: '{{year}} ',
  placeholder: '[TO FILL IN: {{what}}]',
  placeholderAt: '[TO FILL IN: {{what}} ({{where}})]',
  check: '[TO CHECK: {{what}}]',
  checkAt: '[TO CHECK: {{what}}, {{cell}}]',
  noTables:
    'No self-evaluation table (project form, department targets table or department score grid) was found in the workbook; no report can be generated.',
  titleDepartment: '{{unit}} department {{year}}overall expenditure performance self-evaluation report',
  titleProject: '{{project}} {{year}}project expenditure performance self-evaluation report',
  projectYear: '{{year}} ',
  unnamedProject: 'Project',
  unnamedLevel: 'other',
  hDeptBasic: '1 Department overview',
  hDeptOverview: '(1) General information',
  hDeptDuties: '1. Duties and functions',
  hDeptOrganization: '2. Organisation and staff',
  hDeptWorkPlan: '3. Annual work plan and key tasks',
  hDeptOverallGoal: '(2) Overall goals and tasks of the year',
  hDeptPerformanceGoal: '(3) Performance goals of the overall expenditure',
  hDeptPerformanceManagement: '(4) Budget performance management',
  hDeptBudget: '(5) Budget approval and expenditure',
  hDeptAchievement: '2 Achievement of the performance goals',
  hDeptGoalsDone: '(1) Goals achieved',
  hDeptGoalsMissed: '(2) Goals not achieved and why',
  hDeptConclusion: '3 Self-evaluation conclusion',
  hDeptAnalysis: '4 Analysis by indicator',
  hAnalysisInput: '(1) Inputs',
  hAnalysisProcess: '(2) Process',
  hAnalysisOutput: '(3) Outputs',
  hAnalysisEffect: '(4) Effects',
  hAnalysisOther: '({{ordinal}}) {{level}}',
  hDeptProblems: '5 Problems and improvements',
  hProblemsMain: '(1) Main problems and causes',
  hProblemsMeasures: '(2) Improvement measures',
  hDeptExperience: '6 Main experience and practices',
  hDeptOther: '7 Other matters',
  hProjBasic: '1 Basic information',
  hProjAchievement: '2 Achievement of the performance goals',
  hProjConclusion: '3 Self-evaluation conclusion',
  hProjDeviation: '4 Deviations and improvements',
  hProjOther: '5 Other matters',
  phDuties: 'duties and functions',
  phOrganization: 'organisation (founding, internal units, affiliated units)',
  phStaff: 'staff (authorised posts, staff in post)',
  phWorkPlan: 'annual work plan and key tasks',
  phOverallGoal: 'overall goals and tasks of the year',
  phPerformanceGoal: 'performance goals of the overall expenditure',
  phPerformanceManagement: 'budget performance management',
  phBudget: 'budget approval and expenditure (no total funds line found)',
  phGoalsDone: 'goals achieved (no indicators found)',
  phReason: 'reason for the deviation',
  phGoalsMissed: 'goals not achieved and why',
  phScoreTable: 'self-evaluation scores (no first-level weights and scores found)',
  phTotal: 'total score and grade',
  phAnalysis: 'analysis of {{level}}',
  phProblems: 'main problems and causes',
  phMeasures: 'improvement measures',
  phExperience: 'main experience and practices',
  phOther: 'other matters (write "none" if none)',
  phProjectGoal: 'annual goal of the project',
  phProjectDone: 'actual results of the project',
  phProjectFunds: 'project funds (no total funds line found)',
  staffIntro: '{{year}}staff: {{clauses}}.',
  staffAuthorized: '{{count}} authorised posts',
  staffActual: '{{count}} staff in post',
  keyTaskList: 'Key tasks of the year: {{items}}.',
  budgetTotal: '{{year}}department budget: {{clauses}}',
  budgetParts: '; of which {{parts}}',
  budgetPartsAll: ', all of it {{label}}',
  budgetPart: '{{label}}: {{clauses}}',
  fundInitial: 'initial budget {{amount}}',
  fundAdjusted: 'full-year budget {{amount}}',
  fundExecuted: 'executed {{amount}}',
  fundRate: 'execution rate {{rate}}',
  doneList: '{{year}}the department completed: {{items}}.',
  doneItem: '{{name}} {{value}}',
  doneItemPlain: '{{name}} {{value}}',
  doneQualitative: '{{names}}: {{actual}}.',
  doneSpending: 'Budget executed {{executed}}, of which {{items}}; execution rate {{rate}}.',
  doneSpendingNoRate: 'Budget executed {{executed}}, of which {{items}}.',
  spendingItem: '{{label}} {{amount}}',
  unknownItem: 'whether {{name}} met its target cannot be read from the tables (target {{target}}, actual {{actual}})',
  unreadableItem: 'the {{cells}} cell of {{name}} cannot be read',
  unreadableCells: 'the {{cells}} cell cannot be read',
  analysisUnreadable: '{{name}}: {{marker}}',
  unreadableTarget: 'target',
  unreadableActual: 'actual',
  missedIntro: 'Indicators below their annual target: ',
  missedItem: '{{name}}: target {{target}}, actual {{actual}}',
  withReason: '{{text}}, reason: {{reason}}',
  missedExecution: 'The budget was not fully executed, {{unspent}} unspent: {{items}}',
  missedExecutionItem:
    '{{label}}: budget {{adjusted}}, paid {{executed}}, execution rate {{rate}}, {{unspent}} unspent',
  missedExecutionOnlyItem: '{{label}}: budget {{adjusted}}, paid {{executed}}, execution rate {{rate}}',
  phUnspentReason: 'why it was not spent',
  draftUnspent: 'of the unspent money, {{parts}}; cause to be added',
  draftUnspentAll: 'all of it is {{label}}; cause to be added',
  projFundsParts: 'Project funds: {{parts}}',
  draftUnspentPart: '{{label}} {{unspent}}',
  reasonAnalysis: '{{text}}; cause: {{reason}}.',
  reasonInline: '{{text}}, reason: {{reason}}',
  missedNone: 'Every indicator reached its annual target.',
  scoreCaption: '{{year}}overall expenditure self-evaluation scores',
  projectScoreCaption: '{{project}} self-evaluation scores',
  scoreHeaderLevel: 'First-level indicator',
  scoreHeaderWeight: 'Weight',
  scoreHeaderScore: 'Score',
  scoreTotalRow: 'Total',
  budgetExecutionLevel: 'Budget execution rate',
  gradeLine: 'Self-evaluation grade: “{{grade}}”.',
  deptConclusion: 'In sum, the overall expenditure scores {{total}} points, grade “{{grade}}”.',
  deptConclusionNoGrade: 'In sum, the overall expenditure scores {{total}} points.',
  projConclusion: 'In sum, the project scores {{total}} points, grade “{{grade}}”.',
  projConclusionNoGrade: 'In sum, the project scores {{total}} points.',
  analysisGroup: '{{ordinal}}. {{level2}}. {{clauses}}.',
  analysisStatedAbove: 'The {{level}} indicators are stated under 2 (1) above.',
  analysisNumeric: '{{name}}: {{actual}}',
  analysisNumericTarget: '{{name}}: {{actual}} (target {{target}})',
  analysisQualitative: '{{name}}: {{actual}}',
  analysisScore: '{{text}}, score {{score}} of {{weight}}',
  analysisMissed: '{{text}}, below target',
  analysisDerived: '{{text}} (computed from the tables: {{rate}})',
  analysisReason: '{{text}}, deduction reason: {{reason}}',
  analysisDeviation: '{{text}}, reason for the deviation: {{reason}}',
  analysisNote: '{{text}}, note: {{reason}}',
  analysisOvershoot: '{{text}}, well above target, reason: {{reason}}',
  phDeductionReason: 'reason for the deduction',
  phOvershootReason: 'reason for exceeding the target',
  problemsSummary: 'The self-evaluation shows: {{items}}.',
  problemsMissed: '{{names}} below target',
  problemsLowExecution: 'execution of {{labels}} below {{threshold}}',
  projMissedReason: '{{name}} missed its target; reason: {{reason}}.',
  projDeducted: '{{name}} met its target yet scored {{score}} of {{weight}}{{checks}}; deduction reason: {{reason}}.',
  projUnspent: '{{label}} was not fully spent, {{unspent}} left; reason: {{reason}}.',
  issueScoreFix: 'the scoring rules give {{fix}}',
  issueRestatesMiss: '“{{reason}}” only restates the miss and gives no cause',
  issueClaim: '“{{claim}}” contradicts the tables: {{count}} indicators such as {{names}} missed their targets',
  claimWhere: ' ({{sheet}}, “{{label}}”)',
  issueTotal: 'the scoring rules give a total of {{computed}}, not the {{reported}} entered',
  issueDefault: 'flagged by the checks; see the 评估结果 sheet',
  issueLeftover: '{{count}} more findings of the checks are not marked in the text; see the 评估结果 sheet',
  projIdentity: 'Project: {{project}}',
  projUnit: 'implementing unit: {{unit}}',
  projFunds: 'Project funds: {{clauses}}',
  projGoal: 'Annual goal: {{text}}',
  projActual: 'Actual results: {{text}}',
  projDoneList: 'The project completed: {{items}}.',
};

/** What a 【待核实】 marker says about a finding, by rule code (short: the 评估结果 sheet has the full message). */

export const MESSAGES: Record<NarrativeLocale, Record<MessageKey, string>> = {
  'zh-CN': ZH_CN,
  'en-US': EN_US,
};

export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

/** A translator for one locale; a placeholder left unfilled is a programming error and throws. */
export function translator(locale: NarrativeLocale = 'zh-CN'): Translate {
  const table = MESSAGES[locale] ?? ZH_CN;
  // Each key's template cut once for this translator: thousands of sentences use a few dozen templates.
  const parsedByKey = new Map<MessageKey, ParsedTemplate>();
  const parse = (key: MessageKey): ParsedTemplate => {
    const parsed = parseTemplate(table[key]);
    parsedByKey.set(key, parsed);
    return parsed;
  };
  // Separators, headings and sentence ends are asked for thousands of times without data: filled once each.
  const withoutData = new Map<MessageKey, string>();
  const fillWithoutData = (key: MessageKey): string => {
    const text = translate(key, {});
    withoutData.set(key, text);
    return text;
  };
  const translate: Translate = (key, data) => {
    if (data === undefined) return withoutData.get(key) ?? fillWithoutData(key);
    try {
      // A template already cut costs a lookup and no call: one call per sentence in all (fillParsed).
      return fillParsed(parsedByKey.get(key) ?? parse(key), data, true);
    } catch (error) {
      if (error instanceof MissingTemplateValueError)
        throw new Error(`narrative template ${key} lacks a value for {{${error.placeholder}}}`);
      throw error;
    }
  };
  return translate;
}
