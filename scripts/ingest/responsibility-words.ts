/**
 * The words of responsibility clauses (responsibility.ts), on folded text: the labels of a task's
 * fields and the role each gives, the verbs that end a list of bodies and the role they give, the
 * opening of a clause for several tasks, and the times a clause may end with.
 */
import type { Responsibility } from '../../src/model/index.ts';
import { DEADLINE_LABEL } from './deadline-label.ts';

/** The opening of a clause for several tasks, up to its 由: `以上任务由`, `本部分工作分别由`, a box's `以上项目由`. */
export const GROUP_BY =
  /^[(〔[【]?\s*(?:以上|上述|本部分|本章|本节)(?:各项|所有)?(?:任务|工作|措施|事项|内容|项目|工程)?(?:均|统一)?(分别)?由/u;

/**
 * What may qualify a label of bodies: the bodies that put an inspection's findings right
 * (`整改责任单位：`), or that carry the work out (`具体责任单位：`, `落实责任单位：`).
 */
const QUALIFIER = String.raw`(?:整改|具体|主要|落实)?`;

export const LABEL_ROLE: Array<[RegExp, Responsibility['role'] | 'other']> = [
  // times and people, not bodies: `完成时限：`, `实施时间：`, `牵头领导：`, `责任人：`
  [/(?:时限|时间|期限|进度|安排|节点|日期|领导|人)\s*:$/, 'other'],
  // a joint inspection's initiating body (`发起部门：`, a 双随机 plan's column) leads it, as a working
  // group's leading body does (`组长单位：`; its deputies, `副组长单位：`, cooperate)
  [/^副组长/u, 'cooperating'],
  [new RegExp(`^${QUALIFIER}(?:牵头|主办|主责|发起|组长)`, 'u'), 'lead'],
  // an assessment's indicator is the business of the body that scores it (`评价单位：`, an 考核细则's column)
  [new RegExp(`^${QUALIFIER}(?:责任|负责|承办|承担|实施|主管|评价|考评)`, 'u'), 'responsible'],
  [new RegExp(`^${QUALIFIER}(?:配合|参与|协办|会办|协同|协作|协助|支持|成员)`, 'u'), 'cooperating'],
];
/** What an assessment's label may say the bodies do before naming them: `牵头评分部门：`, `配合考核单位：`. */
const SCORING = String.raw`(?:评分|考核|评价|考评)?`;
/**
 * What a label calls the bodies it names: 单位, 部门, 机关 (`实施机关：`, as an inspection plan's table
 * heads its column), 主体 (`责任主体：`, `实施主体：`), and in a department's own plan its divisions (`责任处室：质量发展处`, `牵头处（室）：`,
 * `配合科室：`, a county bureau's `牵头股室：`).
 */
const BODY = String.raw`(?:单位|部门|机关|机构|主体|处室|处\(室\)|科室|股室|处|科|股)`;
/**
 * `牵头单位：`, `责任部门:`, `配合单位：`, `责任处室：`, `完成时限：`, `时间：`, `牵头领导：` (folded: `：` → `:`), the
 * roles a table cell writes inside a label's list (`责任单位：牵头：A、配合：B、C`), or the label in
 * brackets of its own without a colon (`【牵头单位】省市场监管局【配合单位】省科技厅`).
 */
export const LABEL = new RegExp(
  String.raw`${QUALIFIER}(?:牵头|主办|主责|发起|副?组长|责任|负责|承办|承担|实施|主管|评价|考评|配合|参与|协办|会办|协同|协作|协助|支持|成员)${SCORING}${BODY}\s*:|(?:牵头|配合|协办|参与)\s*:|${DEADLINE_LABEL}\s*:|(?:实施|起止|开始)(?:时间|时限|日期)\s*:|(?:牵头|责任|分管|联系)(?:领导|人)\s*:|【(?:牵头|主办|主责|责任|承办|承担|实施|主管|配合|参与|协办|协同|协助|支持)${BODY}】`,
  'gu',
);
/**
 * The verbs that end a list of responsible bodies: `负责`, `按职责分工负责`, `落实`, `组织实施`, and
 * those of the body that follows the work up (`督促落实`, `督办`, `跟踪问效`); a local government's
 * share of the work (`各设区市人民政府负责落实属地管理责任`, `各市州人民政府落实属地责任`, `负责本辖区工作`).
 */
const TAIL = String.raw`(?:按(?:各自|其)?职责(?:分工)?|分别|共同|具体|等)?(?:(?:牵头)?负责(?:组织实施|组织落实|落实|实施|推进|办理|业务指导|统筹指导|指导|协调|统筹)?(?:属地(?:管理|监管)?(?:责任)?|本(?:地区|辖区|行政区域)内?的?(?:相关|有关)?(?:工作|任务)?)?|(?:抓好|具体|组织|督促|指导)?落实|(?:落实|履行|承担|压实)属地(?:管理|监管)?责任|(?:组织|具体)实施|(?:跟踪)?督办|督导|督查|跟踪问效)`;
export const TAIL_AT_END = new RegExp(`${TAIL}$`, 'u');
/** `A牵头`, `A、B分别牵头` (each leads its part), `A、B共同牵头`, `A为牵头单位`. */
export const LEAD_VERB = /(?:(?:分别|共同|联合)?牵头(?:负责)?|为牵头单位)$/u;
/**
 * Bodies that help, guide or oversee the ones responsible: `B、C配合`, `B、C协同`, `B、C参加`, `B、C予以支持`, `自治区市场监管局、商务厅指导`,
 * `省委社会工作部、省总工会加强指导`,
 * `省应急厅督促指导`, `…科按职责指导`, `驻局纪检监察组监督` (not `负责指导`, `负责统筹指导`, `负责监督`).
 */
export const CO_VERB =
  /(?:按(?:各自|其)?职责(?:分工)?|分别|共同)?(?:(?:负责|积极)?(?:配合|参与|协助)|参加|协同(?:配合)?|(?:予以|给予|加强)支持|(?<!负责(?:业务|统筹)?)(?:(?:加强|给予|做好|强化)(?:业务|工作)?)?(?:督促)?指导|(?<!负责)监督)$/u;

/**
 * A time a responsibility clause may end with: `2024年底前完成`, `2024年12月底前完成首轮整治`,
 * `2023年6月前`, `6月底前取得阶段性成效`, `年底前完成`, `每年`, `长期坚持`.
 */
const TIME = String.raw`(?:(?:于|在|到|至)?(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月)?|\d{1,2}月|年)(?:底|末|上半年|下半年)?(?:前|以前|之前)?(?:基本|全面)?(?:(?:完成|启动|实现|建成|取得|见到|出台|印发)\p{Script=Han}{0,8})?|每(?:年|半年|季度|月)(?:度)?(?:\d{1,2}月(?:底|末)?(?:前|以前)?)?|长期坚持|持续推进|长期推进|持续实施|逐年推进|常态化推进|长期|持续)`;
export const TIME_CLAUSE = new RegExp(`^${TIME}$`, 'u');
/** A time after a label's list, parted by a comma, a slash or a space: `县市场监管局/2024年6月底前`. */
export const TIME_AFTER = new RegExp(`(?:[\\s/,;]+${TIME})+[\\s。.;,]*$`, 'u');
