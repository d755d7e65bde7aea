/**
 * What a web page sets under its article, which a copy of the page's text keeps after the document:
 * its buttons (`【打印本页】【关闭窗口】`, `扫一扫在手机打开当前页`), its links to other pages (`上一篇：…`,
 * `相关链接`, a WeChat article's `阅读原文` and `喜欢此内容的人还喜欢`, a legal database's citation code and
 * `相关法规（4篇）`), its counts and comments
 * (`阅读 1.2万`, `写留言`) and its imprint (`网站标识码`, ICP). None of it is the document's, and the
 * titles it lists are other documents': read as the document's, they would be its citations, and
 * their figures its targets. The file as received keeps them (content/originals/).
 */
import { fold } from '../../../src/model/fold.ts';
import { PAGE_BUTTON } from '../../ingest/closing-shapes.ts';

/** A line only a page's furniture under its article is: where that furniture starts. */
const PAGE_END = new RegExp(
  [
    String.raw`^(?:上一篇|下一篇|上一条|下一条)\s*:`,
    '^扫一扫',
    String.raw`^(?:${PAGE_BUTTON}\s*)+$`,
    '阅读原文',
    '^喜欢此内容的人还喜欢',
    '^(?:往期推荐|往期回顾|往期精选|精彩推荐|热门推荐|更多推荐)$',
    String.raw`^(?:相关链接|相关阅读|相关新闻|相关文章|相关稿件|相关文件|相关解读|相关政策|政策解读|推荐阅读|延伸阅读|友情链接)\s*(?::|$)`,
    '^网站标识码',
    '^分享到',
    '^写留言$',
    // a legal database's citation code, link and lists of related documents with their counts
    '^【法宝引证码】',
    String.raw`^原文链接\s*:`,
    '^法宝联想$',
    String.raw`^(?:本篇引用的|相关)\S{1,8}\(\d+篇\)$`,
  ].join('|'),
  'u',
);
/**
 * What a page sets between the document and that furniture: the article's source, its editors, its
 * downloads and pictures, a news report's end mark (`（完）`), a WeChat article's arrows and bars.
 */
const BEFORE_PAGE_END =
  /^(?:来源|编辑|责任编辑|审核|校对|初审|终审|附件下载|相关附件|下载附件)\s*:|^\((?:完|全文完)\)$|^【(?:责任编辑|编辑|我要纠错)|^图片$|^[▲▼▎↑↓]|\.(?:pdf|docx?|xlsx?|wps|ofd|jpe?g|png|zip|rar)$/iu;
/**
 * Who wrote an interpretation or answers for it, signed where its page may set it among its links
 * (`相关文件：…` / `解读机关：云南省发展和改革委员会` / `解读人：…` / `联系电话：…`): the document's, kept in its
 * place. Under any other document such lines sign the interpretation its page links to.
 */
const SIGNED_BY =
  /^(?:解读机关|解读单位|解读部门|解读人|起草单位|起草部门|起草处室|发布单位|联系人|联系电话|联系方式)\s*:/u;
/** How far down the title that says a page interprets a policy (`…政策解读`) may be, in non-blank lines. */
const HEAD_LINES = 10;
/** The longest line of such furniture: a linked title, a reader's comment, a row of footer links. */
const FURNITURE_LINE = 80;

/** The label of a page's downloads under its article (`相关附件：`). */
const DOWNLOADS_LABEL = /^(?:附件下载|相关附件|下载附件)\s*:/u;
/** A page's downloads under its article: their label and the files' names (`….doc`). */
const DOWNLOADS = new RegExp(`${DOWNLOADS_LABEL.source}|\\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)$`, 'iu');

/** `lines` without the page furniture after the document, and how many lines went. */
export function withoutWebChrome(lines: readonly string[]): { kept: string[]; dropped: number } {
  const folded = lines.map((line) => fold(line.trim()));
  // The article's own container may end with its downloads, the page's links being outside it.
  const end = pageEnd(folded) ?? downloadsAtEnd(folded);
  if (end === undefined) return { kept: [...lines], dropped: 0 };
  let start = end;
  while (start > 0 && (folded[start - 1] === '' || BEFORE_PAGE_END.test(folded[start - 1]!))) start -= 1;
  // Blank lines before it stay the document's: they end it as it ended.
  while (start < end && folded[start] === '') start += 1;
  // An interpretation's page signs it (`解读机关：…`); another page's such lines are its link's to one.
  const interprets = folded
    .filter(Boolean)
    .slice(0, HEAD_LINES)
    .some((line) => /解读/u.test(line) && !SIGNED_BY.test(line));
  const signed = interprets ? lines.slice(start).filter((_, index) => SIGNED_BY.test(folded[start + index]!)) : [];
  const kept = [...lines.slice(0, start), ...signed];
  // The text still ends with its line's end.
  if (kept.at(-1)?.trim() !== '') kept.push('');
  return {
    kept,
    dropped: folded.slice(start).filter(Boolean).length - signed.length,
  };
}

/** Where the downloads that end a text start, under their label (`相关附件：` / `….doc`), if it ends so. */
function downloadsAtEnd(folded: readonly string[]): number | undefined {
  let start = folded.length;
  while (start > 0 && (folded[start - 1] === '' || DOWNLOADS.test(folded[start - 1]!))) start -= 1;
  const labelled = folded.slice(start).some((line) => DOWNLOADS_LABEL.test(line));
  return labelled && folded.slice(start).some((line) => line && !/:$/u.test(line)) ? start : undefined;
}

/**
 * The first line of a page's furniture after which no line is longer than such furniture's, in the
 * second half of the text: a document's own paragraphs never follow it.
 */
function pageEnd(folded: readonly string[]): number | undefined {
  const written = folded.filter(Boolean).length;
  let end: number | undefined;
  for (let index = folded.length - 1; index >= 0 && folded[index]!.length <= FURNITURE_LINE; index -= 1)
    if (PAGE_END.test(folded[index]!)) end = index;
  if (end === undefined) return undefined;
  return folded.slice(0, end).filter(Boolean).length * 2 >= written ? end : undefined;
}
