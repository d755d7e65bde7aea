/**
 * What a web page sets above its article, which a copy of the page's text keeps before the document:
 * the site's name and tools (`某市人民政府门户网站`, `北大法宝`, `无障碍浏览 | 长者模式 | 繁體`), its menus and tabs
 * (`首页 政务公开 政务服务 互动交流`, `部门解读 | 专家解读`), its buttons (`【字号：大 中 小】`), and a
 * WeChat article's head (the account named twice, `听全文`, `点击上方蓝字 关注我们`, its time of posting),
 * and the picture placeholders a WeChat copy leaves anywhere in the text (`图片`). None of it is the
 * document's; the page's fields (`索引号：…`, `发布时间：…`) and breadcrumb stay, for the sidecar.
 */
import { fold } from '../../../src/model/fold.ts';
import { PAGE_BUTTON } from '../../ingest/closing-shapes.ts';
import { endsAsName } from '../../ingest/name-lists.ts';
import { isTableHeader } from './table.ts';

/** How far down the page's head may reach, in non-blank lines. */
const HEAD_LINES = 15;

/** A line of the page's head. */
const HEAD = new RegExp(
  [
    String.raw`(?:门户网站|政府网)$`,
    // the site's name and the section the article is in (`谷城县人民政府  信息公开专栏`, `某区人民政府 政府信息公开`)
    String.raw`^\S{2,20}[ 　]+(?:政府)?(?:信息公开|政务公开)(?:专栏|目录|平台|网)?$`,
    // a legal database's name over its page (the documents' library of the government's site is its site's)
    String.raw`^(?:北大法宝|威科先行|法信|律商网|法律之星)(?:\s|$)`,
    '^(?:无障碍|长者模式|适老化|关怀版|繁體|English|登录)',
    // a menu or tabs: names parted by `|`, or four and more short names parted by spaces
    String.raw`^[^\s|｜]{2,8}(?:[ 　]*[|｜][ 　]*[^\s|｜]{2,8}){2,}$`,
    // (not a news report's byline: `记者 张三 通讯员 李四`)
    String.raw`^(?!.*(?:记者|通讯员|作者|编辑|摄影))[^\s|｜]{2,6}(?:[ 　]{1,2}[^\s|｜]{2,6}){3,}$`,
    // the font buttons, and the page's buttons beside them, bracketed or not (`【字体：大 中 小】 打印本页 关闭窗口`,
    // `字号：大 中 小 打印本页 关闭窗口`)
    String.raw`^【\s*(?:字号|字体)\s*[:：]?[^】]*】(?:\s*(?:${PAGE_BUTTON}|打印本页|打印|关闭窗口|关闭|返回顶部|收藏|分享))*$`,
    String.raw`^(?:字号|字体)\s*[:：]?\s*[大中小](?:\s*[大中小]){2}(?:\s*(?:${PAGE_BUTTON}|打印本页|打印|关闭窗口|关闭|返回顶部|收藏|分享))*$`,
    String.raw`^(?:${PAGE_BUTTON}\s*)+$`,
    // the font buttons alone, each in its brackets (`【大】【中】【小】`, `[大] [中] [小]`)
    String.raw`^(?:[【\[]\s*[大中小]\s*[】\]]\s*){3}$`,
    '^听全文$',
    '^分享到[:：]?$',
    '^点击(?:上方|蓝字).{0,10}关注',
    // the account named twice (its name and its author), and the time it posted
    String.raw`^(\S{2,12})[ 　]+\1$`,
    String.raw`^\d{4}年\d{1,2}月\d{1,2}日[ 　]+\d{1,2}:\d{2}(?:[ 　]+\S{1,6})?$`,
    '^[▼▲↓]+$',
  ].join('|'),
  'u',
);
/** A WeChat copy's placeholder of a picture, a line of its own anywhere in the text. */
const PICTURE = /^图片$/u;

/** A line of the document's text: a paragraph set in, a sentence, or the addressees before their colon. */
const TEXT = /^(?:\s{2}|　)|。|[:：]$/u;

/**
 * `lines` without the page's head (above the document's first paragraph, in its first lines) and
 * without picture placeholders, and how many lines went.
 */
export function withoutPageHead(lines: readonly string[]): { kept: string[]; dropped: number } {
  let written = 0;
  let inHead = true;
  const kept: string[] = [];
  for (const line of lines) {
    const folded = fold(line.trim());
    if (folded) written += 1;
    if (TEXT.test(line) || written > HEAD_LINES) inHead = false;
    // A table's header typed with spaces (`序号`, `问题`, `整改措施`, `责任单位` apart by single spaces) is no
    // menu, nor are a joint document's bodies over its title (`质检总局`, `海关总署`, `商务部` apart by spaces).
    const parts = folded.split(/[ \u3000]+/u);
    const notMenu = isTableHeader(parts) || (parts.length > 1 && parts.every(endsAsName));
    if (folded && ((inHead && HEAD.test(folded) && !notMenu) || PICTURE.test(folded))) continue;
    kept.push(line);
  }
  return { kept, dropped: lines.length - kept.length };
}
