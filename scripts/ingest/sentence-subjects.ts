/**
 * Departments named as the subject of a sentence or clause (`省市场监管局要会同…`, `第五条 省发展改革委
 * 会同省财政厅负责…`, `…，省财政厅要…`), for a numbered task that has no responsibility clause
 * (extract-departments.ts). Only government bodies count: the parties a text regulates and the
 * collectives it exhorts are not read as responsible.
 */
import { fold } from '../../src/model/fold.ts';
import type { DepartmentIndex } from './department-index.ts';
import { isGovernmental, LOCAL_GOVERNMENTS } from './government-bodies.ts';
import type { FoundList } from './resolve-departments.ts';
import { DEFINES_SHORT_NAME, endsAsName, splitNames, TRAILING_ETC } from './name-lists.ts';
import { isOrgList, withSharedEnding } from './body-lists.ts';
import { dutySubjectLength } from './duty-subject.ts';
import { dutyReceivers } from './duty-receivers.ts';
import type { ResponsibilitySegment } from './responsibility.ts';
import type { UnitNode } from './tree.ts';
import { isOrganisation } from './unregistered-names.ts';
import {
  ASSISTS,
  COOPERATES,
  DESCRIBES,
  DIRECTS,
  DONE,
  FORMS_OR_HOLDS,
  HOSTED_IN,
  LATER_PARTNERS,
  LEADS,
  MEMBERS_JOIN,
  NOT_LISTED_AGAIN,
  POST_AFTER,
  SUPPORTS,
} from './subject-verbs.ts';

/**
 * Numbered units whose sentences may assign themselves to a department by naming it as subject; a
 * notice's own items too (`二、县商务局要牵头制定…`, the requirements a forwarding notice adds).
 */
export const SUBJECT_KINDS = new Set<UnitNode['kind']>(['measure', 'requirement', 'project', 'notice-item']);
/**
 * Where a clause starts, after the unit's label: the text's start, or after a full stop, `；` or a
 * comma (`…，省财政厅要统筹安排资金`), or the `、` after a lead (`市市场监管局牵头、市工信局配合，…`); a 由 before the subject is no part of it (`，由省财政厅负责…`,
 * `以上工作由省市场监管局会同…负责`, `由住房城乡建设主管部门责令改正`), as is what the clause says is done
 * by them (`考核结果由市食安办报送…`, `所需经费由市财政局安排`, a reply's `日常工作由你局承担`), or the year it is theirs
 * (`2024年由市生态环境局承担`), and 由于, 由此 are no 由; a body
 * set up under a lead starts one too (`建立由省委组织部牵头，…参加的联席会议制度`), and so does the 由 after a
 * group's name (`综合协调组：由市市场监管局牵头，…`), as does the name itself (`技术专家组：省市场监管局牵头`), and a task's
 * title run in with a colon (`健全协调机制：各市州人民政府要…`). A request names
 * who acts as 由 does (minutes' `请县市场监管局会同县商务局…`, `一是请县林业局…`, `责成市水利局…`), an item run in
 * by its count is none of its subject's name (`三是各城区人民政府要…`), but 请示 and a request's manner are none
 * (`请及时向县政府报告`, and whom to tell: `请径向县市场监管局反映`).
 */
const CLAUSE_START =
  /(?:(?:建立|成立|组建|设立)(?=由)|^|[。;；!?！？,，]|(?<=牵头)、|(?<=决定|议定|明确):|(?<=^[^,，。;；:：()]{2,20}):(?!\s*$)|:(?=\s*由)|(?<=组):)\s*(?:[^,，。;；!?！？由]{1,40}?由(?:[^,，。;；!?！？由]{2,30}?(?:授权|委托))?(?=[省市县区州盟自各你本我同])|(?:\d{4}\s*年(?:起|度)?\s*)?由(?:[^,，。;；!?！？由]{2,30}?(?:授权|委托)(?=[省市县区州盟自各]))?(?![于此其])|(?:一是|二是|三是|四是|五是)?(?:请|建议|协调|督促|责成)(?![示求假]|及时|认真|按时|务必|抓紧|尽快|严格|结合|根据|按照|于|在|将|对|径向|直接向|向)|[一二三四五六七八九十]是(?!否|指|由|请))?/gu;
/** The departments a list leaves unnamed: `有关部门`, `省有关部门`, `其他相关部门`, `市直有关部门`, `州直各部门`, `县直各有关单位`. */
const UNNAMED_DEPARTMENTS =
  /^(?:省|市|县|区|州|自治区)?(?:直(?:各(?:有关|相关)?|有关|相关)|(?:各|其他|其它)?(?:有关|相关))(?:部门|单位)$/u;

/**
 * A company named by its own name (`国网四川省电力公司`, `中国铁路成都局集团有限公司`), which a plan gives tasks
 * to as it does a department; not a kind of company (`企业`, `各供电公司`, `重点企业`), a party the text regulates.
 */
const NAMED_COMPANY = /^(?!各|有关|相关|其他|其它|重点|骨干|龙头|国有|民营|大型|中小)\p{Script=Han}{3,}(?:公司|集团)$/u;

/** The part a body plays, between its name and its verb: `作为全市城镇燃气行业主管部门，`. */
const PLAYS = /^作为[^,，。;；]{2,40}[,，]?\s*/u;

/**
 * A numbered task with no responsibility clause, whose sentences or clauses say who acts by their
 * subject: `（三）强化督导考核。省市场监管局要会同有关部门…`, `第五条 省市场监督管理局负责全省…`,
 * `…，省财政厅要给予补助`. Only a subject of government bodies counts (each a department of the
 * registry, the local governments, or shaped like a department: 省…厅/局/委/办), so that the parties
 * a text regulates (`电梯使用单位应当…`, `企业要…`) and the collectives it exhorts (`各地各部门要…`,
 * `有关部门要…`) are not read as responsible. The verb 牵头 makes a lead;
 * bodies named after 会同 cooperate (`A会同B负责…`, `A牵头，会同B、C，…`).
 */
export function sentenceSubjects(unit: UnitNode, index: DepartmentIndex): FoundList[] {
  return unit.children.flatMap((line, position) => {
    const folded = fold(line.value);
    const from = position === 0 ? (line.labelEnd ?? 0) : 0;
    const found: FoundList[] = [];
    // Where the body the sentence sets up under a lead starts (`建立由A牵头，…`).
    let setUpAt: number | undefined;
    for (const { start, opener } of clauseStarts(folded, from)) {
      // What a report asks of the body it is sent to (`建议县人民政府将…纳入…`) is that body's to do,
      // and so is what a body is urged or brought to do (`协调县财政局将…经费纳入预算`) or given authority
      // to do (`由县人民政府授权县应急管理局会同…组成事故调查组`), or charged with (minutes' `责成市水利局对…`).
      const byWhom = /(?:由|请|建议|协调|督促|责成|授权|委托)$/u.test(opener);
      // What a body did before a reform (`原由省经委牵头制定的…，自2009年起由省经信委牵头`) is no task of its.
      if (/原由$/u.test(opener)) continue;
      // After 由 the bodies are the ones who act, whatever verb follows (`由市食安办约谈…`, `报送…`).
      // Not in a body being set up (`成立由分管副县长任组长的领导小组`): a person leads it.
      const setUp = /^(?:建立|成立|组建|设立)/u.test(opener);
      if (/(?:建立|成立|组建|设立)由$/u.test(opener)) setUpAt = start;
      else if (setUpAt !== undefined && /[。;；]/u.test(folded.slice(setUpAt, start))) setUpAt = undefined;
      const length =
        dutySubjectLength(folded.slice(start), byWhom) ??
        (byWhom && !setUp ? leadingBodies(folded.slice(start), index) : 0);
      // The members of the body it sets up (`…，B、C等部门参加的…机制`) take part: they cooperate.
      const members =
        !length && setUpAt !== undefined && setUpAt < start ? leadingBodies(folded.slice(start), index) : 0;
      if (members && MEMBERS_JOIN.test(folded.slice(start + members))) {
        found.push({ line, segments: [{ start, end: start + members, role: 'cooperating' }] });
        continue;
      }
      if (!length || (byWhom && FORMS_OR_HOLDS.test(folded.slice(start)))) continue;
      // A condition a rule states (`人民法院依法受理的，你局要配合…`) gives its subject no task.
      if (
        /的$/u.test(
          folded
            .slice(start)
            .split(/[,，。;；:：]/u)[0]!
            .trim(),
        )
      )
        continue;
      // A subject is one clause's: a `；` ends the one before it (`…，打造千亿级物流企业集团；省国资委负责…`),
      // whose subject the next clause finds.
      if (/[;；]/u.test(folded.slice(start, start + length))) continue;
      const words = folded.slice(start + length);
      if (DONE.test(words) || DESCRIBES.test(words) || POST_AFTER.test(words)) continue;
      // The body that holds a duty, named to say which duty (`现由县交通运输局履行的…职责，交由…`): no task of its.
      if (byWhom && /^(?:承担|履行|负责|行使)的/u.test(words)) continue;
      // Bodies a sentence gives every task below (`…是直接责任主体，…以下不再逐项标注`): blanket-bodies.ts.
      if (NOT_LISTED_AGAIN.test(words.split(/[。;；]/u)[0]!)) continue;
      // `省发展改革委会同省财政厅负责…`: the body before 会同 acts, the ones after it cooperate.
      const together = folded.slice(start, start + length).indexOf('会同');
      const split = together > 0 ? start + together : start + length;
      // The bodies that act must be government bodies; those they act with may be any the registry
      // knows (`省市场监管局会同有关部门开展…`: 有关部门 cooperate).
      const [acting = '', ...partners] = folded.slice(start, start + length).split('会同');
      const names = (parts: string[]) =>
        withSharedEnding(parts.flatMap((part) => splitNames(part).map((name) => name.text))).map((name) =>
          name.replace(TRAILING_ETC, ''),
        );
      // A company or institution may act beside them (`县消防救援大队、某某电梯工程有限公司配合`), never
      // alone, but for helping a body its sentence has named already (`省市场监管局牵头，省检验检测认证
      // 总院、事故设备制造单位参加`).
      const actors = names([acting]);
      const governmental = actors.filter((name) => isGovernmental(name, index));
      // The departments a list leaves unnamed after a body it names (`各市（州）人民政府、贵安新区管委会和省
      // 有关部门要…`) act with it; beside the local governments alone (`各市、各有关部门要…`, `各乡镇、各有关
      // 单位要提高站位`) or alone (`有关部门要…`) they are the collective a text exhorts.
      const named = governmental.some((name) => !LOCAL_GOVERNMENTS.has(index.resolve(name)?.department.id ?? ''));
      const unnamed = (name: string) => named && UNNAMED_DEPARTMENTS.test(name.trim());
      const helps =
        COOPERATES.test(folded.slice(start + length)) &&
        found.some((list) => !/[。;；]/u.test(folded.slice(list.segments[0]!.start, start)));
      // Those who help a body the sentence named may be any the registry knows (`由A牵头，各村（社区）、
      // 第三方保洁公司配合`), as those it acts with are.
      const acts = (name: string) =>
        governmental.includes(name) || isOrganisation(name) || unnamed(name) || (helps && !!index.resolve(name));
      if (!actors.every(acts)) continue;
      // A named company may act alone, as a plan's state enterprises do (`国网四川省电力公司负责…，市发展改革委配合`).
      const companies = actors.length > 0 && actors.every((name) => NAMED_COMPANY.test(name.trim()));
      if (!governmental.length && !helps && !companies) continue;
      // Partners the registry does not know (`市政府督查室会同专班办公室对…`) are kept as written beside a
      // body it knows; beside one it does not, the clause may be no subject's.
      const known = (name: string) => isGovernmental(name, index) || index.resolve(name);
      if (!names(partners).every((name) => known(name) || (endsAsName(name) && actors.every((a) => index.resolve(a)))))
        continue;
      // `A、B要分别牵头…`: each leads its own part.
      // A body told only to guide or support, after the task's own words (`（二）加强质量基础设施建设。
      // 加快建设…。省市场监管局要加强指导，…予以支持`), helps the one who does it.
      const opening = position === 0 && folded.slice(line.labelEnd ?? 0, start).trim() === '';
      // Its verb, past the part it plays (`市城市管理局作为…主管部门，要牵头…`).
      const verbs = folded.slice(start + length).replace(PLAYS, '');
      const supports = !opening && SUPPORTS.test(verbs);
      const role = LEADS.test(verbs) ? 'lead' : COOPERATES.test(verbs) || supports ? 'cooperating' : 'responsible';
      // The short name a document defines after the body (`市食品安全委员会办公室（以下简称市食安办）`) is no part of it.
      const defined = DEFINES_SHORT_NAME.exec(folded.slice(start, split))?.[0].length ?? 0;
      const segments: ResponsibilitySegment[] = [{ start, end: split - defined, role }];
      if (split < start + length) segments.push({ start: split + 2, end: start + length, role: 'cooperating' });
      // `省市场监管局牵头，会同省住房城乡建设厅、省公安厅，建立…`, `省财政厅要会同省发展改革委研究…`,
      // `各市住房城乡建设部门要牵头会同财政、市场监管部门…`, a reply's `我局将会同省工业和信息化厅…`,
      // `我局将联合省教育厅…`
      // and those it is to work closely with (`各市质监局要主动加强与当地安监、住建等部门的沟通配合`).
      const joined = /^(?:要|应当|应|将)?(?:牵头[,，]?\s*)?(?:会同|联合|(?:主动|积极)?(?:加强|强化|密切)与)/u.exec(
        folded.slice(start + length),
      );
      const after = start + length + (joined?.[0].length ?? 0);
      const partnered = joined ? leadingBodies(folded.slice(after), index) : 0;
      // Those it works closely with share the work (`…的沟通配合`), not those it reports to (`…的汇报衔接`).
      const bodies =
        partnered &&
        /与$/u.test(joined![0]) &&
        !/^的?(?:沟通|协调|配合|协作|联动|合作)/u.test(folded.slice(after + partnered))
          ? 0
          : partnered;
      if (bodies) segments.push({ start: after, end: after + bodies, role: 'cooperating' });
      // The bodies it organises, guides or urges to do the work (`…应当组织住房城乡建设部门、乡镇人民政府推进…`).
      const directs = joined ? null : DIRECTS.exec(folded.slice(start + length));
      const set = directs ? start + length + directs[0].length : 0;
      const directed = directs ? leadingBodies(folded.slice(set), index) : 0;
      if (directed) segments.push({ start: set, end: set + directed, role: 'responsible' });
      // Later in its sentence, the bodies it works with: `省市场监管局要牵头建立…机制，会同省发展改革委…加强指导`.
      const sentence = folded.slice(after + bodies).split(/[。;；]/u)[0]!;
      const later = joined ? undefined : LATER_PARTNERS.exec(sentence);
      const from = later ? after + bodies + later.index + later[0].length : 0;
      const worksWith = later ? leadingBodies(folded.slice(from), index) : 0;
      if (worksWith) segments.push({ start: from, end: from + worksWith, role: 'cooperating' });
      // The body partners are to assist does the task (`市行政审批服务局、市大数据局要配合市市场监管局，…`):
      // listed before them, it leads unless a body named earlier does.
      const assists = role === 'cooperating' ? ASSISTS.exec(folded.slice(start + length)) : null;
      const assisted = assists ? leadingBodies(folded.slice(start + length + assists[0].length), index) : 0;
      if (assisted) {
        const from = start + length + assists![0].length;
        segments.unshift({ start: from, end: from + assisted, role: 'responsible' });
      }
      found.push({ line, segments });
    }
    // The body that houses a group's office does its daily work (`领导小组办公室设在县市场监管局，负责…`).
    for (const match of folded.slice(from).matchAll(HOSTED_IN)) {
      const start = from + match.index + match[0].length;
      // One body, up to the clause's end (`…设在县市场监管局，负责指挥部日常工作`).
      const host = /^[^,，。;；:：]{2,30}/u.exec(folded.slice(start))?.[0] ?? '';
      if (host && leadingBodies(host, index) === host.length)
        found.push({ line, segments: [{ start, end: start + host.length, role: 'responsible' }] });
    }
    // The body a duty passes to holds it from then on (`将A承担的…职责划入B`: duty-receivers.ts).
    found.push(...dutyReceivers(line, folded, from, index, leadingBodies));
    return found.sort((a, b) => a.segments[0]!.start - b.segments[0]!.start);
  });
}

/**
 * A numbered task whose clauses leave their subject, the document's own body, unsaid (`会同省教育厅
 * 制定推进计划`, `配合省财政厅落实补助资金`), as a reply or a bureau's plan writes its own tasks: the
 * bodies named after 会同 cooperate, and those after 配合 are the ones who act. For a task no
 * subject, responsibility clause or heading gives departments to.
 */
export function partnersOfUnsaidSubject(unit: UnitNode, index: DepartmentIndex): FoundList[] {
  const found: FoundList[] = [];
  unit.children.forEach((line, position) => {
    const folded = fold(line.value);
    for (const { start, opener } of clauseStarts(folded, position === 0 ? (line.labelEnd ?? 0) : 0)) {
      const verb =
        opener.endsWith('由') || opener.endsWith('请') || opener.endsWith('责成')
          ? null
          : /^(?:要|将|并|同时|积极|主动)?(会同|配合)/u.exec(folded.slice(start));
      const after = verb ? start + verb[0].length : start;
      const bodies = verb ? leadingBodies(folded.slice(after), index) : 0;
      if (bodies)
        found.push({
          line,
          segments: [{ start: after, end: after + bodies, role: verb![1] === '会同' ? 'cooperating' : 'responsible' }],
        });
    }
  });
  return found;
}

/** Where each clause of a folded line starts from `from` on, and what opened it (a stop, a 由…). */
function* clauseStarts(folded: string, from: number): Generator<{ start: number; opener: string }> {
  for (const match of folded.slice(from).matchAll(CLAUSE_START))
    yield { start: from + match.index + match[0].length, opener: match[0] };
}

/**
 * The length of the list of government bodies the text starts with, and no verb runs on: the
 * longest list of names the registry knows (`省发展改革委研究…`), or of names shaped like bodies that
 * a comma or stop ends (`省公安厅、省大数据局，建立…`), so that `研究…办法` is never read as a `…办`.
 */
export function leadingBodies(folded: string, index: DepartmentIndex): number {
  // Names the registry knows though no body's ending shows (`省消协`, `省科协`) count as bodies' names.
  const registered = (list: string) =>
    splitNames(list).every((name) => name.text.trim().length >= 3 && index.resolve(name.text.trim()));
  for (let end = Math.min(folded.length, 80); end > 1; end--) {
    const list = folded.slice(0, end);
    if (!isOrgList(list) && !registered(list)) continue;
    const names = withSharedEnding(splitNames(list).map((name) => name.text.trim())).map(
      (name) => name.replace(TRAILING_ETC, '') || name,
    );
    if (!names.every((name) => isGovernmental(name, index))) continue;
    if (end === folded.length || /^[,，;；。]/u.test(folded.slice(end)) || names.every((name) => index.resolve(name)))
      return end;
  }
  return 0;
}
