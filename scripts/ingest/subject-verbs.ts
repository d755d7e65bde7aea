/**
 * The words after a sentence's subject that say what it does (sentence-subjects.ts), on folded text:
 * whether it leads, helps, supports or only holds a post, reports what it did, and where a group's
 * office is housed.
 */

/**
 * A clause whose bodies after 由 do nothing: they form a body (`成员单位由市委宣传部、…等单位组成`), or
 * a person of theirs holds a post (`副总指挥由市市场监管局局长担任`, `成立由市政府主要负责同志任组长的
 * 领导小组`, `指挥部由县政府分管副县长任总指挥，…`), or a duty or an office passes from one to another
 * in a reform (`…职责，由省食品药品监督管理局划入省卫生厅`, `办公室由A调整到B`).
 */
export const FORMS_OR_HOLDS =
  /^[^,，。;；]*(?:(?:组成|担任|兼任)(?=$|[,，。;；]|的)|(?:担任|兼任|任)(?:副?组长|副?主任|召集人|副?总指挥|副?指挥长)(?:的|(?=$|[,，。;；]))|[局厅委办](?:划入|划转|划归|调整到|调整至|并入|转隶))/u;
/**
 * A post of a person right after a body's name (`由市指挥部总指挥签发`, `由县指挥部办公室主任决定启动`,
 * `市应急管理局主要负责同志`, `由市政府分管副市长约谈`): the person acts, the body is no subject.
 */
export const POST_AFTER =
  /^(?:常务|分管|主管|联系)?(?:副)?(?:总指挥|指挥长|主任|组长|召集人|局长|厅长|处长|科长|主席|书记|部长|所长|站长|队长|省长|市长|州长|县长|区长|乡长|镇长|秘书长)|^(?:主要|分管)?负责(?:同志|人)|^(?:主要|分管)领导/u;
/**
 * A clause that tells what a body has done (`市政府对…规范性文件进行了全面清理`, `县市场监管局已完成…`):
 * a report of the past, no task; 为了, 除了 and 了解 are no sign of it. Nor is a duty a body gives up
 * (`县自然资源局不再承担林业行政处罚职责`).
 */
export const DONE = /^(?:已经?|均已|先后|不再(?:承担|负责|履行|保留|行使))|^[^。;；]*?(?<![为除])了(?!解)/u;
/** A later clause of the subject's sentence that names the bodies it works with: `，会同…`, `，并会同…`, `，应当会同…`. */
export const LATER_PARTNERS = /[,，](?:并|要|应当|应|须|同时)?会同/u;
/**
 * A body named for what it made, not what it is to do: `县市场监管局制定的《…方案》已经县政府同意`,
 * `原由省经委牵头制定的年度计划`.
 */
export const DESCRIBES = /^(?:(?:牵头|负责|组织)?(?:制定|起草|编制|印发|出台|提出|拟定)|牵头|负责|组织)的/u;
/** A subject's verb that makes it the lead: `牵头`, `要分别牵头`, `负责牵头`. */
export const LEADS = /^(?:要|应当|应|须|将)?(?:分别|负责|共同)?牵头/u;
/** The members of a body set up under a lead, after their names: `等部门参加的`, `参与的`. */
export const MEMBERS_JOIN = /^(?:等(?:部门|单位|成员单位))?(?:参加|参与)的/u;
/** A partner's verb before the body it assists: `要配合`, `积极协助`. */
export const ASSISTS = /^(?:要|应当|应|须|需要|将)?(?:积极|主动|全力|密切)?(?:配合|协助)/u;
/** A subject's verb that makes it a partner (`…，市农业农村局、市卫生健康委配合，`, `省教育厅要配合省市场监管局…`). */
export const COOPERATES =
  /^(?:要|应当|应|须|需要|将)?(?:按照?(?:各自|其)?职责(?:分工)?|分别|积极|主动|全力|密切|予以|给予)*(?:配合|协同|参与|参加(?!的)|协助)/u;
/**
 * A subject's verbs that only guide or support the task, with no work of their own after them
 * (`要加强指导`, `要结合职能给予业务指导`, `要加强指导和支持`, `予以支持`).
 */
export const SUPPORTS =
  /^(?:要|应当|应|须|将)?(?:结合(?:各自)?职能|按照?(?:各自|其)?职责(?:分工)?|积极|主动)?[,，]?(?:加强|给予|予以|做好|强化)(?:业务|督促|政策|技术|工作)?(?:指导|支持|帮助)(?:(?:和|与|、)(?:指导|支持|帮助))?(?=$|[,，。;；])/u;

/**
 * Where a group's office or secretariat is housed: the body named after it, past the short name the
 * text defines for the office (`…办公室（以下简称“市考核办”）设在市政府督查室`).
 */
export const HOSTED_IN = /(?:办公室|秘书处|专班)(?:\((?:以下|下文)?(?:简称|称)[^()]{1,20}\))?设在/gu;
/**
 * A subject's verb that sets named bodies to the work (`…人民政府应当组织住房城乡建设部门、乡镇人民政府推进…`,
 * `省交通运输厅指导澜州市做好…`): the bodies after it do it with the subject.
 */
export const DIRECTS = /^(?:要|应当|应|须|将|负责)?(?:组织|指导|督促)/u;
/**
 * The words that say the bodies are not named again (`不再列出`, `以下不再一一列出`, `不再逐项标注`): their
 * sentence is a rule for reading the tasks below it (blanket-bodies.ts), no task of its own.
 */
export const NOT_LISTED_AGAIN = /不再(?:一一|逐一|逐项|重复|单独|另行)?(?:列(?:出|明|举)|标注|注明|标明|写明)/u;
