/**
 * The shapes of a document's closing words (folded text): its formula (`本方案自印发之日起施行`), a
 * letter's sign-off, minutes' closing words, and an exhortation to every addressee after the last
 * task. Read by split-closing.ts, unit-kind.ts and part-kinds.ts.
 */

/** What a document calls itself in its closing formula (`本方案`, `本实施意见`, `本预案`, `本政策措施`). */
const SELF_NAME = String.raw`本(?:方案|意见|办法|计划|通知|通告|公告|规定|细则|措施|政策(?:措施)?|若干(?:措施|政策)|规划|决定|条例|规则|预案|清单|要点|指南|指引|实施(?:意见|方案|办法|细则|条例)|(?:行动|工作)(?:计划|方案)|工作要点|工作安排|(?:目标)?责任书|承诺书|协议书?)`;
/**
 * The formula proper: when it takes effect, who interprets it, how long it stands, what it repeals,
 * and that rules made later prevail (`本细则实施期间，国家、省出台新规定的，从其规定`).
 */
const CLOSING = new RegExp(
  String.raw`^${SELF_NAME}(?:[^。]*(?:自|从)[^。]*(?:起|之日)[^。]*(?:施行|实施|执行|生效)|[^。]*由[^。]*负责解释|[^。]*解释权|[^。]*有效期|[^。]*废止|[^。]*以[^。]*为准|未尽事宜|(?:执行|实施)(?:中|过程中)|一式[两二三四五六]份|[^。]*从其规定)`,
  'u',
);
/**
 * A sentence a closing formula may go on with: about the document itself, its term or what it repeals,
 * or whom to ask about it (`咨询电话：…；监督举报电话：…`, `各乡镇咨询电话见附件`).
 */
const CLOSING_SENTENCE = new RegExp(
  String.raw`^(?:${SELF_NAME}|[^。]*(?:同时|予以)废止|[^。]*以[^。]*为准|[^。]*(?:有效期|解释权)|[^。]*另行通知|[^。]*从其规定|(?:(?:咨询|联系|举报|投诉|监督举报)(?:电话|方式|人|邮箱)\s*[:：][^。]*|[^。]{0,20}(?:咨询|联系|举报)(?:电话|方式)见附件)$)`,
  'u',
);

/**
 * A closing formula: `本方案自印发之日起施行`, `本意见由省市场监管局负责解释`, `本预案自印发之日起施行，
 * 有效期至…`. Every sentence of it is about the document: one that sets bodies a task
 * (`…。各街道办事处要于4月30日前制定实施方案`) makes the paragraph a measure, and `本预案适用于…，
 * 按照国家有关规定执行` is its scope, not its formula.
 */
export function isClosingFormula(folded: string): boolean {
  return (
    CLOSING.test(folded) &&
    folded
      .split('。')
      .map((sentence) => sentence.trim())
      .filter(Boolean)
      .every((sentence) => CLOSING_SENTENCE.test(sentence))
  );
}

/** A web page's button under its article, after folding (`【打印本页】`, `【关闭窗口】`, `【纠错】`). */
export const PAGE_BUTTON = String.raw`【\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|分享|我要纠错|纠错)\s*】`;

/**
 * How a letter signs off before its signature: a reply's thanks (`再次感谢您对…的关心和支持`,
 * `欢迎继续提出宝贵意见和建议`), whom to call (`联系人：张某（…处）`, `联系电话：0731-…`), and the
 * formula alone on its line (`此复。`, `特此批复。`, `特此通知。`, `特此公告。`), the end mark of an article
 * copied from WeChat (`- END -`), the account's own lines after it, and a web page's buttons and editor
 * under the text (`【打印本页】 【关闭窗口】`, `责任编辑：…`).
 */
const SIGN_OFF = new RegExp(
  String.raw`^(?:${PAGE_BUTTON}\s*)+$|^(?:责任编辑|编辑|审核|校对)\s*:|^(?:再次|衷心|真诚)?感谢|^欢迎[^。]*(?:意见|建议)|^(?:联系人|联系电话|联系方式|联系地址|联\s*系\s*人)\s*:|^(?:此复|特此(?:批复|函复|复函|函告|通知|通报|报告|公告|通告)|专此函(?:复|告))[。.!]?$|^[-—–]+\s*END\s*[-—–]+$`,
  'u',
);

/**
 * How minutes close after their last decided item: the meeting's exhortation to all (`会议要求，各地各
 * 有关部门要…`) and who attended (`参加人员：`, `出席：`, `列席：`, `请假：`, `记录：`).
 */
const MINUTES_CLOSE = /^会议(?:要求|强调|号召)|^(?:参加|出席|参会|列席|请假|记录)(?:人员|会议人员|单位|领导)?\s*:/u;

/**
 * How a decision that names or honours closes, turning to those it names (`希望受命名的单位珍惜荣誉…`,
 * `希望受表彰的集体和个人再接再厉…`).
 */
const HONOURS_CLOSE = /^希望[^。]{0,12}(?:命名|表彰|表扬|认定|授予)|^希望[^。]{0,30}(?:珍惜荣誉|再接再厉)/u;

/** How a speech closes, turning to its audience again (`同志们，做好今年工作…`). */
const SPEECH_CLOSE = /^同志们\s*[,!]/u;

/**
 * A closing formula, an exhortation to every addressee (`各地各部门要…`) or to the one a reply answers
 * (`你市要…`), a letter's sign-off, minutes', a speech's or an honours decision's closing words, after
 * the last task.
 */
export function isClosingParagraph(folded: string): boolean {
  return (
    isClosingFormula(folded) ||
    SIGN_OFF.test(folded) ||
    MINUTES_CLOSE.test(folded) ||
    SPEECH_CLOSE.test(folded) ||
    HONOURS_CLOSE.test(folded) ||
    /^请?各(?:地|市|县|级|部门|有关部门|单位|责任单位|成员单位|地区|区|州|盟|相关|省辖市)/.test(folded) ||
    // A reply's words to the one body it answers (`你市要切实加强对创建工作的组织领导…`).
    /^请?你(?:省|区|市|州|盟|县|旗|厅|委|局|办)(?:要|应|务必)/u.test(folded)
  );
}
