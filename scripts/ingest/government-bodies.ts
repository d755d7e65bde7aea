/**
 * What makes a name a government body's, whether or not the registry knows it: its shape (a level and
 * a body's ending, a place's own name before it, a government, a competent department, a division
 * named with its body, a public institution) or the registry's kind. Sentence subjects
 * (sentence-subjects.ts) and the partners a text names (text-partners.ts) read bodies by it.
 */
import type { DepartmentIndex } from './department-index.ts';
import { LOCAL_BUREAUS } from './name-lists.ts';

/**
 * A place's own name before its level (`沅川省`, `澜州市`, `溪口县`), which the registry may not know:
 * a body it names is still a body (`沅川省生态环境厅负责…`), kept unresolved with its warning rather
 * than lost. Not a word that only points at the level (`全省`, `各市`, `本县`, `该市`), nor a verb before a
 * body (`充分发挥省…领导小组`, `受省市场监管局委托`), nor a level run into the next (`受省`|`市场监管局`); a place may hold 州 (`澜州市`).
 */
const PLACE_NAME = String.raw`(?!全|各|本|我|该|每|充分|发挥|受|由|经|请|对|向|将|把|按|依|据|根据|为|与|和|及|同|会同|推进|推动|加强|支持|指导|组织|协调|负责|督促|配合|牵头|协助|委托|在)(?:(?![省市县区])\p{Script=Han}){2,4}`;
/**
 * A public institution of a level (事业单位: `县农业技术推广中心`, `市不动产登记中心`, `县林业技术推广站`,
 * `各镇财政所`, `市图书馆`, one named with its place, `澜溪区政务数据中心`), which a plan gives tasks to as it does its department; not a place or a
 * facility (`场所`, `加油站`, `庭院`), nor words that set one up (`县城建设…中心`, `建设县级…中心`: a level's 级 makes a
 * class of bodies, `县级`, never a named place's body).
 */
const INSTITUTION = String.raw`(?:各|${PLACE_NAME})?(?:省|市|自治区|区|州|盟|县|旗|镇|乡|街道)(?!级)(?:(?!联合|配合|协同|成立|组建|设立|建立|建设|打造|强化|发挥|的|和|及|与)\p{Script=Han}){2,16}(?:中心|(?<!加油|充电|换电|车|泵|网)站|(?<![场住处])所|(?<![庭大宅书])院|馆)`;
/**
 * A government body by the shape of its name, known to the registry or not (`省大数据局`, `省…领导小组`,
 * every level's `各级老龄工作委员会`, a level's working group (`县考核工作组`), a government, `事发地乡人民政府`, a law's competent department,
 * `特种设备安全监督管理部门`, a bureau's local bureaus, `各市州局`, and its
 * divisions named with it, `市局网监科`, `厅农产品质量安全监管处`, `局办公室`, or alone, `政策法规处`, resolved as the issuer's:
 * resolve-departments.ts); not a clause that sets one up or strengthens it (`省人民政府成立…领导小组`,
 * `强化…领导小组`), nor a clause cut at its verb's 处 (`市气象局建立…应急处置`), nor words ending in one (`落到实处`).
 */
const GOVERNMENT_BODY = new RegExp(
  String.raw`^(?:(?:${PLACE_NAME}(?:省|市|自治区|区|州|盟|县|旗|镇|乡|街道)(?!级)|(?:省|市|自治区|区|州|盟|县|旗|镇|乡|街道)|各级|县级以上)(?:(?!联合|配合|协同|成立|组建|设立|建立|强化|发挥|直接向|向(?=省|市|县|区|州))[^、,;]){1,20}(?:厅|局|委|委员会|办|办公室|署|总队|领导小组|工作组)|\p{Script=Han}{2,10}(?:\([^()]{1,8}\))?(?:人民政府|行政公署)|\p{Script=Han}{2,16}(?:主管|监督管理|行政管理|行政)部门|${LOCAL_BUREAUS}|(?:省局|市局|县局|区局|本局|局|厅|本厅)\p{Script=Han}{1,12}(?:处|科|股|室|中心|支队|大队)|(?![^局厅委]*[局厅委])\p{Script=Han}{2,12}(?<![实之好到此难用长短去住相共益妙深远近])处|总局\p{Script=Han}{2,10}(?:司|局|中心)|${INSTITUTION})$`,
  'u',
);

/**
 * Words a body's name never starts with: setting one up, an event it acts on, or the way to a body
 * something is sent to (`并向市市场监督管理局通报`, `同时抄送县委督查室`) or a duty passes to (`交由…承担`):
 * that one receives (duty-receivers.ts), it does not act.
 * Nor does a name hold a body that sets up another (`联席会议下设秘书处，负责…`): a clause about that one.
 */
const NOT_A_NAME = /^(?:设立|成立|组建|建立|撤销|发生|需要?|并|同时|抄送|直接向|向|交由|划入|划归)|下设/u;

/** The registry's collectives of local governments (content/registry/departments.yml). */
export const LOCAL_GOVERNMENTS = new Set(['city-governments', 'township-governments']);

/**
 * A department of the registry, the local governments as a whole written as governments
 * (`各县（市、区）人民政府`, `县级以上人民政府`, `乡镇人民政府、街道办事处`; not `各地` nor `有关部门`),
 * or a name shaped like a government body's.
 */
export function isGovernmental(name: string, index: DepartmentIndex): boolean {
  // A bracket after the name gives its other name (`市市场监管局（市知识产权局）`).
  const written = name.trim().replace(/\([^()]{1,10}\)$/u, '');
  // A clause that sets a body up (`设立棠溪市城市内涝应急指挥部，负责…`) or says when it acts (`发生需省指挥部
  // 组织扑救的森林火灾时`) names no subject.
  if (NOT_A_NAME.test(written)) return false;
  // Unless the bracket names levels, part of the name (`各乡（镇）`, `各县（市、区）`).
  const levels = /\([市州县区镇乡、]{1,6}\)$/u.test(name.trim());
  // Or the body it sits in (`联席会议办公室（设在县人社局）`).
  const hosted = /\(设在[^()]{2,16}\)$/u.test(name.trim());
  const known = (levels || hosted ? index.resolve(name.trim()) : undefined) ?? index.resolve(written);
  if (!known) return GOVERNMENT_BODY.test(written);
  // `你市`: the one government a reply is addressed to; a zone's committee governs it as a government
  // does (`雄安新区管委会`); `乙方`: a party to an agreement, as it signs (defined-names.ts). The local
  // governments of one level are governments however written (`各乡镇于6月底前完成…`, `各县（市、区）要…`);
  // `各地`, `各级` name none.
  return (
    known.department.kind === 'department' ||
    /(?:政府|街道办事处|行政公署|管委会)$|^你|^[甲乙丙]方$/u.test(written) ||
    // A leading group or a joint body, and its office, act as bodies do (`领导小组办公室负责…`).
    /(?:领导小组|联席会议|委员会|指挥部|工作专班)(?:办公室)?$/u.test(written) ||
    (LOCAL_GOVERNMENTS.has(known.department.id) && /^各(?:[市州县区盟旗镇乡]|街道)/u.test(written))
  );
}
