/**
 * Field descriptions of the open-data files, for the /data/ page. Taken from the doc comments of the
 * zod schemas in src/model (unitSchema, documentSchema, targetSchema, departmentSchema, themeSchema)
 * and of the export shapes in the ingest's to-exports; fields.test.ts checks that every field named
 * here exists in the schema, so nothing is invented.
 */
export interface FieldDoc {
  name: string;
  description: string;
}

const f = (name: string, description: string): FieldDoc => ({ name, description });

export const measureFields: FieldDoc[] = [
  f('id', '`<文件 id>/<局部 id>`，稳定且可用于 URL，如 `shanxi-2015-plan/2-8`。'),
  f('url', '本站条目页地址（含站点基础路径）。'),
  f('document', '所属文件 id。'),
  f('province', '省份名称，如“山西省”。'),
  f('provinceId', '省份 id。'),
  f('order', '在文件中的位置（从 0 起），用于排序。'),
  f('numbering', '文件自身的编号，由外到内，照原文，如 ["二", "（八）"]。'),
  f(
    'kind',
    '条目类型：measure（任务措施）、header（文件信息）、notice、preamble、principle、goal、project、duty（职责分解）、requirement、context（背景与现状，不是任务）等。',
  ),
  f('title', '标题：小标题，或条目开头的第一句。'),
  f('context', '所属章节、分组的标题，由外到内。'),
  f('text', '原文全文（段落以换行分隔，去掉缩进）。'),
  f(
    'departments',
    '责任部门，按原文顺序；每项含 raw（原文写法）、id、name（规范名称；部门名录未收录该写法时省略，CSV 中为空）、lead（是否牵头）、role（lead 牵头、responsible 负责、cooperating 配合）。',
  ),
  f('themes', '主题 id，第一个为主要主题。'),
  f('targets', '从条目中读出的量化目标。'),
  f(
    'deadlines',
    '时限：text（原文）与 date（ISO 日期或部分日期）；重复的时限另有 recurring：yearly（每年11月底前）、half-yearly（每半年结束后15日内）、quarterly（每季度末前）、monthly（每月5日前）、weekly（每周五前），date 为其在文件印发后的第一次。',
  ),
  f('cites', '条目引用的本库文件 id。'),
  f('highlights', '正文中值得突出的字符区间（UTF-16 偏移）及其类型。'),
  f(
    'assignedBy',
    '正文未写明责任部门、由任务分工表中重述本任务的一行或按序号分工的段落（“负责第（一）、（二）项工作”）给出时，该行或该段的条目 id。',
  ),
  f('assigns', '任务分工表中的一行所对应的正文任务的条目 id（同一任务，部门清单中只列正文任务）。'),
  f('source', '指回原文：file（原文文件）、startLine、endLine（行号，含两端）。'),
];

export const documentFields: FieldDoc[] = [
  f('id', '可用于 URL 的 ASCII id，即原文文件名。'),
  f('url', '本站文件页地址（含站点基础路径）。'),
  f('title', '标题，含推定标记：{ value, inferred, basis }。'),
  f('issuer', '发文机关，含推定标记。'),
  f('provinceId', '省份 id。'),
  f('province', '省份名称，如“山西省”。'),
  f('date', '成文日期，含推定标记。'),
  f('docNumber', '文号，含推定标记；未知时省略。'),
  f('type', '文件类型。'),
  f('period', '规划年度或期间，含推定标记。'),
  f('source', '原文文件，相对于仓库根目录。'),
  f('lines', '原文行数。'),
  f('units', '条目 id，按文件顺序。'),
  f('cites', '本文件的引用：title、docNumber、raw（原文写法）、document（能对应到本库文件时）、unit、line。'),
  f('citedBy', '引用本文件的本库文件 id。'),
  f(
    'acknowledged',
    '经编辑核对、公开原文即如此的问题（原文如此）：rule（规则）、line（原文行号）、reason（说明）、message（提示）。',
  ),
  f(
    'lineage',
    '时效与沿革：written（成文日期）、published（发布日期）、effective（施行日期）、validFrom/validTo（有效期起止），均含推定标记；status（现行有效、已失效、已废止、已修订、部分失效，含依据）及其所据日期 asOf；supersedes/supersededBy（替代、被替代）、amends/amendedBy（修订、被修订）、implements/implementedBy（贯彻落实、被贯彻落实），每项含 document（本库文件 id）或 docNumber（文号）、title、inferred、basis。',
  ),
];

export const citedFields: FieldDoc[] = [
  f('id', '由文号生成的 id，如 `guobanfa-2015-19`。'),
  f('url', '本站被引文件页地址（含站点基础路径）。'),
  f('docNumber', '文号，如“国办发〔2015〕19号”。'),
  f('titles', '引用时所写的标题，最常见的在前。'),
  f('issuer', '发文机关，仅当文号前缀即可说明时（国办发 → 国务院办公厅，国发 → 国务院）。'),
  f(
    'citedBy',
    '引用或贯彻该文件的本库条目：document、unit、provinceId、province、implements（所属文件是否贯彻落实该文件）。',
  ),
];

export const targetFields: FieldDoc[] = [
  f('metric', '指标，照原文，如“基本药物抽验合格率”。'),
  f('value', '目标值，照原文，如“98％”。'),
  f('number', '目标值的数字部分（有时）。'),
  f(
    'comparator',
    '比较词，照原文：以上、以下、以内、左右、约、至少、不低于、不少于、不高于、不超过、控制在、超过、突破、低于、高于；数值为变化量时为“提高”或“下降”；数值为要达到的水平时为“=”。',
  ),
  f('year', '目标年份（原文写明或由所在目标给出；都没有时为文件规划期的末年）。'),
  f(
    'recurring',
    '反复要达到的目标：yearly 每年（每年开展抽查不少于2次）、half-yearly 每半年、quarterly 每季度（每季度督导不少于1次）、monthly 每月（每月检测不少于70批次）、weekly 每周（每周巡查不少于1次），year 为其最后一年；其余为空。',
  ),
  f('area', '目标所属领域：所在目标或条目的标题。'),
  f('text', '读出目标的原文分句。'),
  f('measure', '所在条目 id。'),
  f('province', '文件所属省份名称。'),
  f('source', '原文行号。'),
];

export const departmentFields: FieldDoc[] = [
  f('id', '稳定、可用于 URL 的 id，如 `quality-supervision`。'),
  f('name', '规范中文名称。'),
  f('kind', 'department（部门、机构）或 collective（整体点名的成员单位、各相关部门等）。'),
  f('aliases', '去掉层级前缀和省名后的各种写法。'),
  f('shortForms', '登记的简称（如“工信”“食药监”），搜索时也能找到该部门。'),
  f('localNames', '各省原文中的写法：{ 省份: [写法] }。'),
  f(
    'divisions',
    '各省原文中未带部门名称的内设机构和下属单位（如“办公室”“各县区局”），工作归该部门：{ 省份: [写法] }。',
  ),
  f('measures', '点名该部门的条目 id，按语料顺序。'),
  f('lead', '该部门排在第一位（牵头）的条目 id。'),
  f('established', '按现职能设立的年份（未记载时省略）。'),
  f('dissolved', '撤销或并入他部门的年份（仍存在时省略）。'),
  f('succeededBy', '承接其职责的部门：id、year，职责拆分时附 note。'),
  f('predecessors', '由本部门承接职责的前身部门：id、year、note（succeededBy 的反向）。'),
  f('formerNames', '更名前的名称：name、until（最后使用年份）。'),
];

export const themeFields: FieldDoc[] = [
  f('id', '稳定、可用于 URL 的 id。'),
  f('name', '中文名称。'),
  f('description', '主题涵盖的内容。'),
  f('order', '主题在列表中的顺序（有国家计划时按其顺序）。'),
  f('primary', '以该主题为主要主题的条目 id。'),
  f('measures', '带有该主题（主要或次要）的条目 id。'),
];

export const thesaurusFields: FieldDoc[] = [
  f('id', '稳定、可用于 URL 的 id。'),
  f('prefLabel', '首选词（文件中的写法）。'),
  f('altLabels', '同一概念的其他说法，含日常用语（如“网购”）。'),
  f('everyday', '语料中没有出现的说法（日常用语、专业用语）。'),
  f('broader', '上位概念的 id。'),
  f('narrower', '下位概念的 id。'),
  f('related', '相关概念的 id。'),
  f('themes', '所属主题的 id。'),
];

/** The datasets of /data/ (their files: data-files.ts), whether each has a CSV twin, and their fields. */
export const dataFiles = [
  { dataset: 'measures', csv: true, fields: measureFields },
  { dataset: 'documents', csv: false, fields: documentFields },
  { dataset: 'departments', csv: false, fields: departmentFields },
  { dataset: 'themes', csv: false, fields: themeFields },
  { dataset: 'targets', csv: true, fields: targetFields },
  { dataset: 'cited', csv: false, fields: citedFields },
  { dataset: 'thesaurus', csv: false, fields: thesaurusFields },
] as const;
