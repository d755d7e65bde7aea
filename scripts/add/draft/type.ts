/**
 * The document type, read from the end of its title (`…行动计划` → 行动计划, `…规划（2021—2025年）`
 * → 规划), and the English word the proposed id uses for it.
 */
import { fold } from '../../../src/model/fold.ts';
import { documentTypes } from '../../../src/model/index.ts';

export type DocumentType = (typeof documentTypes)[number];

/** The id word of each type: `hebei-2023-scheme`. */
export const TYPE_SLUGS: Record<DocumentType, string> = {
  行动计划: 'plan',
  计划: 'plan',
  实施方案: 'scheme',
  工作方案: 'scheme',
  行动方案: 'scheme',
  方案: 'scheme',
  实施意见: 'opinions',
  指导意见: 'opinions',
  意见: 'opinions',
  通知: 'notice',
  规划: 'planning',
  纲要: 'outline',
  办法: 'measures',
  若干措施: 'measures',
  措施: 'measures',
  工作要点: 'priorities',
  工作安排: 'priorities',
  决定: 'decision',
  规定: 'provisions',
  细则: 'rules',
  实施细则: 'rules',
  条例: 'regulations',
  实施条例: 'regulations',
  规则: 'rules',
  指南: 'guide',
  指引: 'guide',
  清单: 'list',
  批复: 'reply',
  函: 'letter',
  通报: 'circular',
  公告: 'announcement',
  通告: 'public-notice',
  解读: 'interpretation',
  基准: 'benchmark',
  倡议书: 'appeal',
  责任书: 'pledge',
  台账: 'ledger',
  纪要: 'minutes',
  总结: 'summary',
  报告: 'report',
  讲话: 'speech',
  预案: 'contingency-plan',
  备忘录: 'memorandum',
  标准: 'standard',
  职责: 'functions',
};

/** Longest first, so `实施方案` wins over `方案`. */
const BY_LENGTH = [...documentTypes].sort((a, b) => b.length - a.length);

/** The type a title ends with, ignoring a trailing bracket (`（2021—2025年）`, `（试行）`). */
export function typeOfTitle(title: string): DocumentType | undefined {
  const text = fold(title)
    .trim()
    .replace(/\([^()]*\)$/u, '')
    .trim();
  // A reply to a deputy's proposal or suggestion (`…第0356号提案的答复`) is a letter.
  if (text.endsWith('答复')) return '函';
  // Questions and answers on a policy (`《…办法》政策问答`, `…政策解答`) explain it, as an interpretation does.
  if (/(?:问答|解答)$/u.test(text)) return '解读';
  // A press conference on a policy (`《…若干措施》新闻发布会`, `…吹风会`) or an official's answers to
  // reporters (`…负责人就《…》答记者问`) explains it too.
  if (/(?:发布会|吹风会)(?:实录)?$|答记者问$/u.test(text)) return '解读';
  // How a policy was drafted and what it says (`关于《…若干措施》的起草说明`) explains it too.
  if (/(?:起草|编制|修订|制定)说明$/u.test(text)) return '解读';
  // A speech at a meeting (`在全省…工作会议上的讲话`, `…上的致辞`, `…上的发言`) is a 讲话.
  if (/(?:讲话|致辞|发言)(?:提纲)?$/u.test(text)) return '讲话';
  // An open letter to the public (`致全市…的一封信`, `…公开信`) appeals to it as a 倡议书 does.
  if (/(?:公开信|一封信)$/u.test(text)) return '倡议书';
  // A list put out for objections before it is decided (`关于…拟认定名单的公示`) is announced as a 公告 is.
  if (text.endsWith('公示')) return '公告';
  // A year's review with the plans for the next (`…2024年工作总结和2025年工作打算`) is a 总结; plans alone a 计划.
  if (text.endsWith('打算')) return text.includes('总结') ? '总结' : '计划';
  // A body's standing rules of work (`…联席会议制度`, `…工作制度`) are its 规则.
  if (text.endsWith('制度')) return '规则';
  // A table of who does which task (`…重点任务分工表`, `…责任分解表`, `…任务清单表`), sent as it is, lists the tasks.
  if (/(?:分工|分解|任务|责任|清单)(?:一览)?表$/u.test(text)) return '清单';
  // A body's statement of its duties and divisions (`…主要职责及内设机构`, `…机构职能`, `…部门职责`).
  if (/(?:主要|工作|部门|单位|机构)?职责$|(?:主要|机构|部门)职能$|职能配置$|内设机构$|机构设置$/u.test(text))
    return '职责';
  // A handbook of how the work is done (`…工作操作手册`) guides it as a 指南 does.
  if (text.endsWith('手册')) return '指南';
  return BY_LENGTH.find((type) => text.endsWith(type));
}

export function isDocumentType(value: string): value is DocumentType {
  return (documentTypes as readonly string[]).includes(value);
}
