/**
 * Resolve department names as written (`省工业和信息化委`, `教育厅`, `内蒙古出入境检验检疫局`) to the
 * canonical departments of content/registry/departments.yml.
 *
 * A name is folded (width, traditional → simplified), its level prefix (省/自治区/省政府/省委…) and
 * province name (山西/内蒙古…) are stripped, a trailing 等/等相关部门 is dropped (the shared rule of
 * src/model/department-names.ts, which search uses too), and the rest is looked up among aliases, then
 * misspellings, then patterns.
 */
import { fold } from '../../src/model/fold.ts';
import { provincesOnly, type Department, type Province } from '../../src/model/index.ts';
import { abbreviates, editDistance, nameKeys, stemOf } from '../../src/model/department-names.ts';
import { stripInvisible } from './invisible-characters.ts';

export { editDistance };

/** A bureau's branch, station or unit in a place, named after it: `县生态环境局青溪分局`, `县公安局城关派出所`. */
const BRANCH = /^(.{2,16}?[局厅委])\p{Script=Han}{1,8}(?:分局|支局|派出所|所|站|大队|中队)$/u;
/** A company's branch or unit named after it (`中国铁路广州局集团有限公司长沙货运中心`): the company's. */
const COMPANY_UNIT = /^(.{4,30}?有限(?:责任)?公司)\p{Script=Han}{2,12}(?:分公司|子公司|中心|站|段|营业部|项目部)$/u;
/**
 * A division, inner bureau or unit named with its body: `自治区市场监管局质量发展局`, `省卫生健康委疾控处`,
 * a county bureau's `县教体局基础教育股`,
 * `省公安厅交通警察总队`, `四川省交通运输厅交通建设工程质量监督站`. Not another body after it
 * (`市市场监管委商市财政局`: 商 is "with"), its divisions as a whole (`有关处室`), a post (`分管副局长`), nor a
 * clause cut at a verb's 处 (`市气象局建立低空飞行突发事件应急处`).
 */
const INNER_UNIT =
  /^(.{2,16}?[局厅委])(?!(?:省|市|县|区|州|盟|自治区)(?!场)|各|商|会同|分管|有关|相关)(?!.*(?:建立|开展|组织|负责|牵头|落实|推进|加强|做好))(?:\p{Script=Han}{2,10}(?:处|处室|科|股|(?<!副)局)|\p{Script=Han}{2,12}(?:中心|站|总队|支队))$/u;
/** A bureau of joined fields: the first, the rest after 和, its ending. */
const COMBINED = /^(\p{Script=Han}{2,16}?)和(\p{Script=Han}{2,8}?)(局|委)$/u;
/** A bureau's or department's own office (`自治区市场监督管理局办公室`, `省教育厅办公室`): the body's. */
const OWN_OFFICE = /^(.{2,16}?[局厅])办公室$/u;
/** A body and its other name in brackets, as long as an office's (`〔省推进长三角一体化发展领导小组办公室〕`). */
const SECOND_NAME = /^(.{2,}?)\s*[(〔[【]([^()〔〕[\]【】]{2,24})[)〕\]】]$/u;

/** A note of what a name includes, in brackets (folded): `〔含定州、辛集市〕`, `(包括雄安新区)`. */
const INCLUDED_NOTE = /[(〔[【](?:含|包括)[^()〔〕[\]【】]{1,20}[)〕\]】]/u;

/**
 * The bodies of each place of a region, by the count or the names of its places, or of each party to an
 * agreement between places (`甲乙双方生态环境厅`): group 1 is their kind.
 */
const REGION_BODIES =
  /^(?:[两二三四五六七八九]省(?:[一二两]市)?|[两二三四五六七八九]地|[两二三四五六七八九]市|沪苏浙皖|京津冀|川渝|成渝|各省\((?:区|市|区、市)\)|(?:甲乙)?双方)(\p{Script=Han}{2,16})$/u;
/** A body's party group or committee: `中共…局党组`, `…委党组`, `…厅党委`; the body is group 1. */
const PARTY_GROUP = /^(?:中共|中国共产党)?(\p{Script=Han}{2,30}?(?:局|厅|委员会|委|署|办))(?:党组|党委)$/u;
/** A body named by its field and 部门 (`城市管理和综合执法部门`, `自然资源主管部门`): the field, and a 管理 of it. */
const FIELD_BODY = /^(\p{Script=Han}{2,16}?)(管理)?(?:主管|行政)?部门$/u;
/**
 * A field’s enforcement corps (`农业综合行政执法总队`, `交通运输综合执法支队`, `卫生健康综合监督执法总队`,
 * `生态环境保护综合行政执法总队`): the field, and the field without its 保护, whose department the corps is of.
 */
const FIELD_ENFORCEMENT = /^(\p{Script=Han}{2,10}?)(保护)?(?:综合)?(?:行政)?(?:监督)?执法(?:总队|支队|大队)$/u;

/** Longest name tested against patterns: real names are under 30 characters; this bounds any backtracking. */
const MAX_PATTERN_INPUT = 60;

export interface Resolution {
  department: Department;
  /** The key that matched, after stripping. */
  key: string;
  via: 'alias' | 'misspelling' | 'pattern';
}

/** A name that ends as a whole body's does: a government, an office, a bureau, a commission. */
const WHOLE_BODY = /(?:政府|厅|局|委员会|委|办公室|部)$/u;

/** How many names the index keeps the resolution or keys of before it starts again. */
const RESOLVED_MAX = 100_000;

export class DepartmentIndex {
  private readonly aliases = new Map<string, Department>();
  private readonly misspellings = new Map<string, Department>();
  private readonly patterns: Array<{ pattern: RegExp; department: Department }> = [];
  private readonly provincePrefixes: string[];
  /** Branch names (registry.ts branchAliases) and the province short names they are written after. */
  private readonly branches = new Map<string, Department>();
  private readonly provinceShortNames: string[];
  private readonly byId = new Map<string, Department>();
  /** Names already resolved, and what they resolved to: the same names come back unit after unit. */
  private readonly resolved = new Map<string, Resolution | undefined>();
  /** The keys of names already looked up (keys). */
  private readonly keysOf = new Map<string, readonly string[]>();
  /** Aliases claimed by more than one department (a registry error). */
  readonly conflicts: Array<{ alias: string; first: string; second: string }> = [];

  constructor(departments: Department[], provinces: Province[]) {
    for (const department of departments) {
      this.byId.set(department.id, department);
      for (const alias of new Set([department.name, ...department.aliases]))
        this.claim(this.aliases, alias, department);
      for (const misspelling of department.misspellings) this.claim(this.misspellings, misspelling, department);
      for (const branch of department.branchAliases ?? []) this.claim(this.branches, branch, department);
      for (const pattern of department.patterns)
        this.patterns.push({ pattern: new RegExp(`^(?:${fold(pattern)})$`, 'u'), department });
    }
    // The nation's bodies have no branches written after its name (branchAliases are a province's).
    this.provinceShortNames = provincesOnly(provinces)
      .flatMap((province) => province.shortNames.filter((name) => name.length >= 2))
      .map(fold);
    this.provincePrefixes = provinces
      .flatMap((province) => [province.name, ...province.shortNames])
      .map(fold)
      .sort((a, b) => b.length - a.length);
  }

  /** Canonical department for a name as written, or undefined. */
  resolve(raw: string): Resolution | undefined {
    if (this.resolved.has(raw)) return this.resolved.get(raw);
    // Bounded: the candidates tried are many more than the names a corpus uses.
    if (this.resolved.size >= RESOLVED_MAX) this.resolved.clear();
    const resolution = this.lookUp(raw);
    this.resolved.set(raw, resolution);
    return resolution;
  }

  private lookUp(raw: string): Resolution | undefined {
    // A central body's branch, written after the province's short name alone (`河北金融监管局`).
    const literal = this.keys(raw)[0] ?? '';
    const province = this.provinceShortNames.find((name) => literal.startsWith(name));
    const office = province && this.branches.get(literal.slice(province.length));
    if (office) return { department: office, key: literal, via: 'alias' };
    for (const key of this.keys(raw)) {
      const alias = this.aliases.get(key);
      if (alias) return { department: alias, key, via: 'alias' };
      const misspelling = this.misspellings.get(key);
      if (misspelling) return { department: misspelling, key, via: 'misspelling' };
    }
    // Patterns in the registry's order, each tried on every key: a body with an entry of its own
    // (`质量强市工作领导小组`, once the level is stripped) is never taken by a broader pattern that
    // only its unstripped name fits (`市…领导小组`, leading-groups).
    const keys = this.keys(raw).filter((key) => key.length <= MAX_PATTERN_INPUT);
    for (const { pattern, department } of this.patterns) {
      const key = keys.find((k) => pattern.test(k));
      if (key !== undefined) return { department, key, via: 'pattern' };
    }
    const folded = fold(raw);
    // The bodies of each place a joint text of several covers (`三省一市市场监管局`, `三地公安机关`,
    // `各省（市）市场监管局`): that kind of body.
    const region = REGION_BODIES.exec(folded);
    if (region) return this.resolve(region[1]!);
    // A body's party group or committee (`中共禾川市市场监督管理局党组`, `省卫生健康委党组`) leads that body:
    // its tasks and divisions are filed with it.
    const party = PARTY_GROUP.exec(folded);
    if (party) return this.resolve(party[1]!);
    // A body named by its field (`自然资源和规划部门`, `城市管理和综合执法部门`): the bureau, department or
    // commission of that field the registry knows (`自然资源和规划局`).
    const field = FIELD_BODY.exec(folded) ?? FIELD_ENFORCEMENT.exec(folded);
    if (field) {
      const stems = [field[1]! + (field[2] ?? ''), field[1]!];
      for (const stem of new Set(stems))
        for (const ending of ['局', '厅', '委'] as const) {
          const found = this.resolve(stem + ending);
          if (found) return found;
        }
    }
    // `各市〔含定州、辛集市〕政府`: a note of the places it includes, inside the name, is no part of it.
    const included = INCLUDED_NOTE.exec(folded);
    if (included && included.index > 0) return this.resolve(folded.replace(INCLUDED_NOTE, ''));
    // `市发展改革委（市信用办）`, `各镇人民政府〔街道办事处〕`: a body and, in brackets, another name it
    // goes by or a body it stands with; the body before the bracket, else the one in it.
    const bracketed = SECOND_NAME.exec(folded);
    // An office named with the body it sits in (`联席会议办公室（设在县人社局）`) is that body, unless known.
    if (bracketed) return this.resolve(bracketed[1]!) ?? this.resolve(bracketed[2]!.replace(/^设在/u, ''));
    // `县生态环境局青溪分局`, `市市场监管局高新区分局`: a bureau's branch in a place is the bureau's, and so
    // is a division inside it (`省卫生健康委疾控处`) and its office, and a company's unit the company's.
    // (`中国铁路广州局集团有限公司长沙货运中心` holds a 局 too: the first reading that resolves.)
    for (const pattern of [BRANCH, INNER_UNIT, OWN_OFFICE, COMPANY_UNIT]) {
      const branch = pattern.exec(folded);
      const found = branch && this.resolve(branch[1]!);
      if (found) return found;
    }
    return this.combined(folded);
  }

  /**
   * A bureau that joins the fields of several (`县文体广电和旅游局`, `县发展改革和工业信息化局`,
   * `县农牧水利和科技局`, as counties merge them): the name without its 和 when the registry knows it
   * (`文体广电旅游局`), else the department of its first field (`发展改革局`, `农牧局`), which it is
   * first of all.
   */
  private combined(folded: string): Resolution | undefined {
    const joined = COMBINED.exec(folded);
    if (!joined) return undefined;
    const [, first, second, ending] = joined;
    const candidates = [`${first}${second}${ending}`, `${first}${ending}`];
    // The first field written with another (`农牧水利`): its first two characters name it.
    const field = first!.slice(-4);
    if (field.length === 4 && /^\p{Script=Han}{4}$/u.test(field)) candidates.push(`${first!.slice(0, -2)}${ending}`);
    for (const candidate of candidates) {
      const found = this.resolve(candidate);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The department a name points to, for "did you mean" suggestions, or undefined: right or absent.
   * A name points to a department when its function words, without the body's ending, are an
   * abbreviation of one of the department's aliases (人社厅 → 人力资源社会保障厅, 市场监管局 →
   * 市场监督管理局: the characters in order), or when it is one typo away from an alias of four or more
   * characters. Names that point to two departments get no suggestion.
   */
  suggest(raw: string): string | undefined {
    const found = new Map<string, { alias: string; score: number }>();
    const consider = (alias: string, department: Department, score: number) => {
      const best = found.get(department.id);
      if (!best || score > best.score || (score === best.score && alias.length < best.alias.length))
        found.set(department.id, { alias, score });
    };
    // Every key: `市场监管局` must not lose its 市 as if it were the level prefix.
    for (const key of this.keys(raw)) {
      const stem = stemOf(key);
      for (const [alias, department] of this.aliases) {
        // A whole body's name is no short form of a body inside it (人民政府 of 人民政府办公厅).
        if (alias.startsWith(key) && WHOLE_BODY.test(key)) continue;
        const aliasStem = stemOf(alias);
        if (aliasStem.length > stem.length && abbreviates(key, alias))
          consider(alias, department, stem.length / aliasStem.length);
        else if (key.length >= 4 && alias.length >= 4 && editDistance(key, alias) === 1) consider(alias, department, 1);
      }
    }
    if (found.size === 0) return undefined;
    const ranked = [...found.values()].sort((a, b) => b.score - a.score || a.alias.localeCompare(b.alias));
    if (ranked.length > 1 && ranked[1]!.score === ranked[0]!.score) return undefined;
    return ranked[0]!.alias;
  }

  /**
   * For a name of a body dissolved before `year` (`广电局` of the 新闻出版广电局, dissolved in 2018):
   * the body that took its duties over whose name the written one abbreviates, ending as it does (广播电视局), as a
   * document of that year means it; undefined when none or several do, or the body was not dissolved
   * by then. A name as full as the old body's (新闻出版广电局) abbreviates none of its successors'.
   */
  laterBody(resolution: Resolution, year: number): Resolution | undefined {
    const { department, key } = resolution;
    if (department.dissolved === undefined || year <= department.dissolved) return undefined;
    const later = (department.succeededBy ?? [])
      .map((successor) => this.byId.get(successor.id))
      .filter((next): next is Department => next !== undefined)
      // The same kind of body (a 局 for a 局): 金融办 is no short name of 地方金融监督管理局. A province's
      // 厅 and 局 are one kind, the reform having made some of each the other (林业厅 → 林业和草原局).
      .filter((next) =>
        [next.name, ...next.aliases].some((name) =>
          name.at(-1) === key.at(-1)
            ? abbreviates(key, fold(name))
            : [name.at(-1), key.at(-1)].every((end) => end === '厅' || end === '局') &&
              abbreviates(`${key.slice(0, -1)}局`, `${fold(name).slice(0, -1)}局`),
        ),
      );
    return later.length === 1 ? { department: later[0]!, key, via: resolution.via } : undefined;
  }

  /**
   * Whether `key` is a short name of `department` ending as one of its names does (`林业局` of the
   * 林业和草原局, `广电局` of the 广播电视局): a name the later body goes by, no name of the old one only.
   */
  isShortNameOf(key: string, department: Department): boolean {
    return [department.name, ...department.aliases].some(
      (name) => name.at(-1) === key.at(-1) && abbreviates(key, fold(name)),
    );
  }

  /**
   * This index within one document, which defines short names for some of the bodies it names
   * (defined-names.ts): those resolve as the names they stand for, before any lookup.
   */
  within(defined: (folded: string) => Resolution | undefined): DepartmentIndex {
    const inDocument = Object.create(this) as DepartmentIndex;
    inDocument.resolve = (raw) => defined(stripInvisible(fold(raw))) ?? this.resolve(raw);
    return inDocument;
  }

  /**
   * Whether a name starts with a province's name (`新疆生产建设兵团应急管理局`): a body of a place, no
   * division. Not its one-character short name, which starts many words (新闻宣传处, 云计算…).
   */
  namesProvince(raw: string): boolean {
    const folded = fold(raw);
    return this.provincePrefixes.some((prefix) => prefix.length > 1 && folded.startsWith(prefix));
  }

  /** Lookup keys from the most literal to the most stripped; invisible characters never count. */
  keys(raw: string): readonly string[] {
    const known = this.keysOf.get(raw);
    if (known) return known;
    if (this.keysOf.size >= RESOLVED_MAX) this.keysOf.clear();
    const keys = nameKeys(stripInvisible(fold(raw)), this.provincePrefixes);
    this.keysOf.set(raw, keys);
    return keys;
  }

  private claim(map: Map<string, Department>, alias: string, department: Department): void {
    const key = fold(alias);
    const existing = map.get(key);
    if (existing && existing.id !== department.id)
      this.conflicts.push({ alias, first: existing.id, second: department.id });
    else map.set(key, department);
  }
}
