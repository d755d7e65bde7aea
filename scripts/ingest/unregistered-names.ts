/**
 * Shapes of names a text gives as responsible that the department registry need not know: a
 * division of the issuing department, its own local bureaus and institutions (both filed under the
 * issuer, resolve-departments.ts), and a company, association or public institution (kept as written, no department).
 */
import { LOCAL_BUREAUS } from './name-lists.ts';

/**
 * A division inside a body, named without its body (`质量发展处`, `省局标准化处`, `综合科`, one with its
 * second name, `市局市场规范管理科（消费者权益保护科）`, a county bureau's `登记注册股`, an inner bureau the
 * registry does not know, `执法稽查局`, a long one, `小微企业个体工商户专业市场党建工作处`, `省局执法稽查局`, `价格监督检查和反不正当竞争局`, a centre or an enforcement unit it calls its own, `局信息中心`, `市局执法稽查支队`,
 * its own office named alone, `办公室`, `局办公室`, or with the division it also is, `办公室（党建股）`, and the organ's party committee, branches and union, `机关党委`, `机关党委（人事处）`, `人事处（机关党委）`,
 * `机关第二党支部`, `各党支部`, `机关工会`), or its divisions together (`各业务处室`, `局机关各处室`, `省局各处室`, a county bureau's `局机关各股室`):
 * not a body of its own level (`省大数据发展办公室`, `市政府办公室`). Read only when the registry knows no
 * such name and the document's issuer is a department.
 */
export const DIVISION =
  /^(?:(?:省局|市局|本局|本厅)?(?![省县区州盟各国]|市(?!场))\p{Script=Han}{2,20}(?:处|处室|科|股|(?<!办公)室)(?:\((?:\p{Script=Han}{2,16}(?:处|科|股|室)|机关(?:党委|纪委|工会|团委))\))?|(?![省市县区州盟各国])\p{Script=Han}{2,14}局|(?:省局|市局|本局)\p{Script=Han}{2,8}局|(?:局|厅|省局|市局|本局|本厅)\p{Script=Han}{2,12}(?:中心|支队|大队|总队)|机关(?:党委|纪委|工会|团委)(?:\(\p{Script=Han}{2,16}(?:处|科|股|室)\))?|(?:局机关|机关|各直属单位)?(?:各|第[一二三四五六七八九十]{1,3})?(?:党支部|团支部|党总支|党组织)|总局\p{Script=Han}{2,10}(?:司|局|中心)|(?:省局|市局|本局|本厅|局|厅)?办公室(?:\(\p{Script=Han}{2,16}(?:处|科|股|室)\))?|(?:局机关|厅机关|机关|省局|市局|本局|本厅)?各(?:业务|相关|有关|职能)?(?:处室|处|科室|股室))$/u;
/**
 * The issuing department's own local bureaus and institutions, named without their body: `各县区局`,
 * `各市州局`, `各县（市、区）局`, `各分局`, `直属单位`, `局属各单位`.
 */
export const OWN_BUREAUS = new RegExp(
  `^(?:${LOCAL_BUREAUS}|各分局|(?:局|厅)?(?:各)?直属(?:各)?单位|(?:局|厅)属(?:各)?(?:单位|事业单位))$`,
  'u',
);

/**
 * An office, station, centre or team of a township or street government named without it, in its
 * own document (`经发办`, `党政办`, `社会事务办`, `乡村振兴办`, `综治中心`, `便民服务中心`, `自然资源所`,
 * `综合行政执法队`, `农业综合服务中心`, `经发办（农经站）`): the township's. Read only when the registry knows
 * no such name and the document's issuer is a township's or street's government.
 */
export const TOWNSHIP_OFFICE =
  /^(?:镇|乡|街道)?(?![省市县区州盟各])\p{Script=Han}{1,10}(?:办|办公室|所|站|中心|队)(?:\(\p{Script=Han}{2,8}\))?$/u;
/** The registry's department of township and street governments, whose offices TOWNSHIP_OFFICE names. */
export const TOWNSHIP_GOVERNMENTS = 'township-governments';

/**
 * A company, association or public institution named as doing a task (`泉湾恒达电梯工程有限公司桐溪分公司`,
 * `县电梯行业协会`, `物业服务企业`, a people's organisation, `省侨联`, `省红十字会`, a property's `锦绣华庭小区物业服务中心`, an emergency drill's
 * `县人民医院`, `区妇幼保健院`, a school district's `各学区中心校`, a testing institute, `省特种设备检验研究院`, `省检验检测认证总院`, `市计量测试所`, a
 * broadcaster or newspaper, `岳阳广播电视台`, `某某日报社`): a 督办 or 整改 notice's addressee, a drill's
 * participant or a working group's member, never a government body. Read only when the registry
 * knows no such name (a utility company it files, a court, is resolved first).
 */
export const ORGANISATION =
  /(?:公司|集团|企业|工厂|合作社|联合社|信用社|信用合作联社|协会|商会|学会|研究会|促进会|联合会|联盟|侨联|文联|社科联|银行|分行|支行|农发行|国开行|红十字会|慈善总会|物业(?:服务|管理)(?:中心|处)|医院|卫生院|保健院|保健所|学校|中心校|大学|学院|中学|小学|幼儿园|党校|(?:研究|检验|检测|认证|测试|计量|设计|科学|社科|药检)(?:总)?(?:院|所)|(?:农|林|农林|医|农垦)科院|电视台|广播电台|报社|出版社|杂志社|新华书店)$/u;

/**
 * A party named by what it does in a list of those who act (`事故设备制造单位`, `电梯使用单位`,
 * `维保单位`), or by what happened to it in an emergency plan's (`事发单位`, `事故发生单位`, `事发企业`),
 * kept as an organisation is. Not in a heading, where the same words are a topic
 * (`一、关于落实电梯使用单位责任`).
 */
export const PARTY =
  /(?:制造|生产|使用|维保|维护保养|维修|安装|改造|施工|建设|经营|运营|销售|充装|检验检测|检测)单位$|^(?:事发|事故发生|事故)(?:单位|企业)$/u;

/** A company, institution or party: kept as written among those who act, no department. */
export const isOrganisation = (name: string) => ORGANISATION.test(name) || PARTY.test(name);
