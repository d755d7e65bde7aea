/**
 * The labels of a page's or a printed head's field lines (`发文机关：…`, `文  号：…`, `【发布部门】…`),
 * by the value they give. One list for the ingest, which knows such a line by its label
 * (line-shapes.ts), and for `npm run add`, which reads the values (add/draft/header.ts).
 */
export const HEADER_LABELS = {
  // A WeChat or news copy names the document's own title under its headline (`原标题：…`).
  title: ['标题', '名称', '文件名称', '原标题'],
  issuer: ['发文机关', '发文单位', '发布机构', '发布单位', '发布部门', '制发机关', '制定机关', '颁布单位'],
  date: ['成文日期', '发文日期', '印发日期', '颁布时间', '颁布日期', '公布日期', '发布日期', '发布时间'],
  docNumber: ['文号', '发文字号', '发文文号'],
  /** Who posted the page (`来源：市发展改革委`): the issuer only when nothing else names one. */
  publisher: ['来源', '信息来源'],
  other: [
    '索引号',
    // who explains a policy, under its interpretation (`解读机关：省商务厅`, `解读人：…`)
    '解读机关',
    '解读部门',
    '解读单位',
    '解读人',
    // a printed head's fields beside the 文号 (and a reply's result class: `类别：A类`)
    '签发人',
    '类别',
    '密级',
    '紧急程度',
    '公开方式',
    '公开属性',
    '办理结果',
    '办理结果类别',
    '分类',
    '主题分类',
    '主题词',
    '公文种类',
    '有效性',
    '时效性',
    '效力级别',
    '法规类别',
    '生效日期',
    '实施日期',
    '施行日期',
    '失效日期',
    // when the page was generated, not the document's date
    '生成日期',
    '体裁分类',
    '组配分类',
    // a web page's counters, which end the field before them (`来源：市发展改革委    浏览次数：`)
    '浏览次数',
    '浏览量',
    '访问量',
    '点击量',
    '阅读量',
    '阅读数',
    '阅读次数',
  ],
} as const;

/** Every label, the longest first, so that an alternation tries `办理结果类别` before `办理结果`. */
const ALL_HEADER_LABELS: readonly string[] = Object.values(HEADER_LABELS)
  .flat()
  .sort((a, b) => b.length - a.length);

/**
 * The labels as a regular expression's alternation, each label's characters perhaps set apart by
 * spaces (`索 引 号`, `文  号` with ideographic spaces), as an info box aligns them to the widest.
 */
export const SPACED_HEADER_LABEL = ALL_HEADER_LABELS.map((label) => [...label].join('\\s*')).join('|');
