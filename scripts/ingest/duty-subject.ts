/**
 * The subject of a duty, on folded text: the bodies a sentence starts with before their verb
 * (`省市场监管局要…`, `省市场监管局：负责…`, `A会同B、C等部门…`), and the shapes around it (a working group
 * that says who forms it). Used by the units' clauses and titles and the subjects of sentences.
 */
import { isOrgList } from './body-lists.ts';
import { DEFINES_SHORT_NAME, endsAsName } from './name-lists.ts';

/**
 * What follows a duty's subject: its verb, or the colon of a 职责分工 list (`省市场监管局：负责…`).
 * Besides 要, 负责 and their kin, the roles a sentence gives (`市农业农村局配合…`, `A、B联合开展…`,
 * `由A、B共同建设…`), the verbs a body acts by in a task (`市领导小组统筹推进…`, `A会同B加强…`,
 * `省市场监管局每半年开展一次督查`, `县政府督查室定期督查`, `…会同省财政厅委托第三方机构评审`, `省林业局同步办理…`,
 * `两省财政部门据此拨付…`), the acts of a rule's competent body (`市城管局会同市
 * 自然资源和规划局编制…`, `…审批`, `…核发`, `…受理`) and what makes it one (`市城市管理局是本市户外广告设施设置的主管
 * 部门，负责…`), and the 对 or 在 a body acts on or in (`县住建局会同各镇人民政府对…`,
 * `县市场监管局在办理…时`), what it acts by (`省市场监管局依托…平台`, `省财政厅按规定…`), the 于 of its time (`市食安办于12月20日前通报…`), and a request's 请 (`各设区市市场监管局请于…前报送`); none is part of a body's name (组织部, 对外, 所在地, `项目所在乡镇人民政府`, 联合会, 共同体, `考核工作组`
 * excepted; not 研究, as in 研究室, nor 监督, as in 监督管理局, nor 建设, as in 住房城乡建设厅, nor the 编制 of 编办 or the
 * 审批 of 行政审批局).
 */
const DUTY_VERB =
  /:|要|应当|应(?!急)|负责|承担|牵头|配合|协同|协助|支持|参与|参加(?!的)|联合(?!会)|共同(?!体)|做好|抓好|完成|报送|报(?=[省市县区州盟国])|通报|召开|汇总|确保|统筹|组织(?!部)|开展|推进|推动|加快|加强|强化|完善|健全|提升|实施|指导|制定|编制(?!办|委|部门|外|内)|审核|审批(?!局|服务|中心)|核发|受理|办理|公布|出具|拟定|起草|修订|建立|督促|是(?=[^,，。;；]{0,30}(?:主管部门|主管机关|监督管理部门|行政管理部门|责任单位|牵头单位|执法主体|责任主体|实施主体)(?:$|[,，。;；]))|(?<!通过[^,，。;；]{0,30})(?:督查(?![室组办处])|督导(?![组室办])|检查(?![组站室院所])|考核(?![办组室委]|工作组|领导小组))|跟踪(?=督办|问效|落实|指导)|同步(?=办理|推进|开展|实施|做好|完成|启动|落实)|据此|督办|请(?=于|在|按|将|及时|认真|务必|根据|结合)|(?:提|报|商|呈)请|落实|根据|依据|依托|按(?:照|规定|要求|(?:各自|其)?职责)|可以|将|推广(?!中心|站)|打造|培育(?!中心|站)|派员|派出(?!所|机构)|采取|采用|暂停|调派|赶赴|委托(?![书方])|持续|深化(?!改革)|优化(?!营商)|加大|扩大|全面(?=落实|推进|推行|开展|加强|实施|提升|排查|清理)|积极(?!性)|大力|严厉|严格(?=落实|执行|开展|监管|规范|查处|审查|把关)|对(?![外口])|(?<!所)在(?!地)|于(?=\d|[一二三四五六七八九十]{1,2}月|年底|年内|本月|每)/gu;
/**
 * What follows the body a 由 names, besides a duty's verbs: the acts of enforcement in a 法律责任
 * article (`由县级以上人民政府市场监督管理部门责令改正`, `由住房城乡建设主管部门依法予以处罚`); the 组织
 * of a 组织部 is its name.
 */
const ENFORCEMENT_VERB = new RegExp(
  `${DUTY_VERB.source}|责令|依法|依照|按照|根据|予以|给予|处以|没收|吊销|查处|实施`,
  'gu',
);
/**
 * How or when the subject acts, between it and its verb, up to three such words (`按照职责分工，分别`): `按照各自职责，`, `分别`, `于2023年`, `，2025年底前`, `每年第四季度`,
 * `于每年2月底前`, `每学期开学前`, `继续`, `结合实际`, `于每季度末月25日前`, `通过明查暗访、专项督查等方式`, `收到专项资金后`; and the
 * full stop after a body that titles its duties (`（一）各社区居委会。负责…`).
 */
const DUTY_MANNER =
  /(?:[\s,，]*(?:予以|给予|继续|仍然?|结合(?:本地|本部门|本单位|工作)?实际|按照?(?:各自|其)?职责(?:分工)?|在(?:各自|其)?的?职责范围内|分别|共同|依法|各自|定期|每(?:年|半年|季度|月|周|学期)(?:第[一二三四1-4](?:季度|个月))?(?:[^,，。;；]{0,8}?(?:前|后|初|末|底|内))?|适时|另行|(?:\d{4}年(?:\d{1,2}月)?|\d{1,2}月)(?:\d{1,2}日)?(?:底|末)?(?:前|以前)|通过[^,，。;；]{1,30}?(?:方式|途径|形式|渠道)|(?:收到|接到)[^,，。;；]{1,20}?后|于(?:[^,，。;；]{0,12}?(?:前|以前|底|末|内)|(?:每(?:年|半年|季度|月)|\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?))){0,3}[\s,，。]*$/u;
/**
 * A group that says who forms it (`综合协调组：由市市场监管局牵头，…参加，负责…`, an emergency plan's
 * working groups, also without 由: `技术专家组：省市场监管局牵头，…`): no body, those it names are
 * (sentence-subjects.ts groupMembers); group 1 is its name.
 */
export const FORMED_GROUP = /^\s*([^:：。,，;；]{1,20})[:：]\s*(?:由|(?<=组[:：]\s*)(?=[^。;；,，]{2,40}?牵头))/u;
/** Bodies, how often or when, 向 and the body they report to: group 1 the former, 2 the latter. */
const REPORTS_TO = /^(.+?)(?:每\p{Script=Han}{1,3}|定期|及时|按时|按月|按季度?)?向(.+)$/u;
/** Bodies, 会同 and a list of sectors sharing its ending: `A会同B、C等部门`. */
const WORKS_WITH = /^[^,，。;；]{2,40}?会同[^,，。;；]{2,40}?等(?:部门|单位|机构)/u;
/** Bodies, 会同 and what follows it, up to its end: `市财政局会同`. */
const BEFORE_PARTNERS = /^[^,，。;；]{2,40}?会同/u;
/** How far the bodies named after a subject's 会同 reach (`市财政局会同市商务局、市税务局相应…` → the end of 市税务局). */
function namedPartnersEnd(folded: string): number | undefined {
  const opening = BEFORE_PARTNERS.exec(folded)?.[0];
  if (!opening) return undefined;
  // They end before the act's verb: `…会同市住建局研究制定办法` holds no office `…研究制定办`.
  const verb = verbOutsideBrackets(DUTY_VERB, folded.slice(opening.length));
  const reach = opening.length + Math.min(40, verb?.index ?? 40);
  for (let end = Math.min(folded.length, reach); end >= opening.length + 2; end--) {
    const list = folded.slice(opening.length, end);
    if (!/[,，。;；]/u.test(list) && endsAsName(list) && isOrgList(list)) return end;
  }
  return undefined;
}
/** A 负责 that opens a description of a body, not its duty: `负责特种设备安全监督管理的部门`. */
const DESCRIBED_BODY = /^负责[^,，。;；()]*的(?:部门|机构|单位)/u;

/**
 * The subject of a duty, on folded text: the length of the departments it starts with, before its
 * first verb, 要/应/负责 or a colon (`--宣传部门、广电部门要…`, `省卫生健康委、省医保局按照各自职责，负责…`,
 * `省市场监管局：负责…`; the 应 of 应急管理厅 is none), or after a 由 (`byWhom`) an act of enforcement
 * too (`责令`, `予以处罚`). Undefined when the text starts with none.
 */
/**
 * The first of a pattern's matches outside brackets: the words of a bracket after a body's name are no
 * verb of its (`市…领导小组办公室（设在市住建局，以下简称“市改造办”）每周汇总…`: not its 在).
 */
function verbOutsideBrackets(verb: RegExp, folded: string): { index: number } | undefined {
  for (const match of folded.matchAll(verb)) {
    const before = folded.slice(0, match.index);
    if ((before.match(/[([〔【]/gu)?.length ?? 0) <= (before.match(/[)\]〕】]/gu)?.length ?? 0)) return match;
  }
  return undefined;
}

/** A subject's name, then the part it plays, up to the verb: `市城市管理局作为…主管部门，`. */
const AS_ROLE = /^([^,，。;；]{2,40}?)作为[^,，。;；]{2,40}[,，]?\s*$/u;

export function dutySubjectLength(folded: string, byWhom = false): number | undefined {
  // Bodies and those they work with, whatever the verb after them (`住房城乡建设主管部门会同自然资源、
  // 特种设备安全监督管理等部门简化…`): the list after 会同 ends at its shared ending.
  const together = WORKS_WITH.exec(folded);
  const first = verbOutsideBrackets(byWhom ? ENFORCEMENT_VERB : DUTY_VERB, folded);
  // Or bodies after 会同 named in full (`市财政局会同市商务局相应压减…`): what follows them is the act.
  const named = together ? together[0].length : namedPartnersEnd(folded);
  const verb = named !== undefined && (!first || first.index > named) ? { index: named } : first;
  if (!verb || DESCRIBED_BODY.test(folded.slice(verb.index))) return undefined;
  if (FORMED_GROUP.test(folded)) return undefined;
  const before = folded.slice(0, verb.index).replace(DUTY_MANNER, '');
  // A body and the part it plays (`市城市管理局作为全市城镇燃气行业主管部门，要牵头…`): the body alone.
  const playing = AS_ROLE.exec(before);
  if (playing && isOrgList(playing[1]!)) return playing[1]!.length;
  // Bodies worked with are no subject (`会同市财政局制定…`, under the body whose duty it is; `与市水利局在…方面的
  // 职责分工`).
  if (/^(?:会同|配合|协助|协同|联合|与)/u.test(before)) return undefined;
  // A bracket still open before the verb is a clause (`提升电梯质量（牵头单位：`), not a name.
  const open = /[()[\]〔〕【】]/u.test(before.replace(/\([^()]*\)/gu, ''));
  // Bodies that report to another (`各市每半月向省专项整治工作领导小组办公室报送…`): the ones before 向.
  const toward = REPORTS_TO.exec(before);
  if (toward && isOrgList(toward[1]!) && isOrgList(toward[2]!)) return toward[1]!.length;
  // The short name the text defines for it is no part of the list (`市局网络交易监督管理科（以下简称市局网监科）`).
  const shortened = before.replace(DEFINES_SHORT_NAME, '');
  // The bodies before 会同 and those after it are two lists (`市场监督管理部门会同商务、旅游等部门`), each
  // sharing its own ending.
  const lists = shortened.split('会同');
  return before.length > 0 && before.length <= 80 && !open && lists.every((list) => isOrgList(list))
    ? before.length
    : undefined;
}
