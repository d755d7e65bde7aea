/**
 * What a document's title says of its parts (unit-kind.ts): a service guide's fields are entries, a
 * list of powers or of penalties is entries, and an interpretation sets no tasks. Read on the folded title of the text
 * (its `title` unit).
 */
import { fold } from '../../src/model/fold.ts';
import { TASK_KINDS } from './next-steps.ts';
import type { UnitNode } from './tree.ts';

/** What the title says of the whole document. */
export interface DocumentKind {
  /** The folded title, `''` without one. */
  title: string;
  /** A service guide (`食品经营许可办事指南`, `…服务指南`): its fields are entries. */
  guide: boolean;
  /**
   * A list a body keeps or publishes, not a plan: of its powers (`…权责清单`, `权力事项目录`), of the
   * penalties it sets for each offence (`…行政处罚裁量基准`), of the standards a notice publishes, of
   * those a decision names or a 公示 puts forward: each numbered item names one, no task.
   */
  listing: boolean;
}

/** The title of a list of powers (权责清单, 权力清单, 职权目录, 事项目录), not of duties (责任清单). */
const POWERS_LIST = /(?:权责|权力|职权)(?:事项)?(?:清单|目录)$|事项(?:清单|目录)$/u;

/** The title of the penalties set for each offence (`行政处罚裁量基准`, `…裁量权适用标准`). */
const DISCRETION = /裁量(?:权)?(?:基准|标准|细则|规则|适用规则|适用标准)$/u;

/**
 * The title of a notice that publishes standards (`…关于批准发布《…》等15项地方标准的公告`): its rows name
 * the standards, no task. (A 名单's notice sets tasks for those it names; its list is an attachment.)
 */
const PUBLISHED_LIST = /批准发布[^。]*(?:标准|规范|规程)[^。]*的(?:公告|通告|通知)$/u;

/**
 * The title of a decision that names or honours those it lists (`…关于命名2025年度“放心消费示范单位”的决定`,
 * `…关于表彰…的决定`), or that amends or repeals documents (`…关于修改和废止部分规范性文件的决定`), or of
 * a list put out for objections (`…拟认定名单的公示`): its items are the names, or the documents and
 * their changes (the new text it quotes is no task of the decision), no task.
 */
const NAMED_LIST = /(?:命名|认定|授予|表彰|评定|修改|修订|废止|宣布失效)[^。]*的决定$|的公示$/u;

/** A title without the bracket it may end with (`（2024年版）`, `（试行）`). */
const withoutBracket = (folded: string): string => folded.replace(/\([^()]*\)$/u, '');

export function documentKind(units: readonly UnitNode[]): DocumentKind {
  const title = fold(units.find((unit) => unit.kind === 'title')?.title ?? '');
  return {
    title,
    guide: /(?:办事|服务|申报|办理)指南$/u.test(title),
    listing: [POWERS_LIST, DISCRETION, PUBLISHED_LIST, NAMED_LIST].some((list) => list.test(withoutBracket(title))),
  };
}

/**
 * An interpretation of a policy by its title (`…政策解读`, `《…办法》政策问答`, `…政策解答`, a press
 * conference on it, `…新闻发布会`, an official's `…答记者问`): it explains
 * the policy, and what it says of the policy's tasks is no task of its own.
 */
export const isInterpretation = (folded: string): boolean =>
  /(?:解读|问答|解答|发布会|吹风会|答记者问)$/u.test(withoutBracket(folded));

/**
 * The kinds the whole document gives its parts, once each part's own is known: an interpretation's
 * tasks are context (they are read in the policy itself).
 */
export function kindsOfDocument(units: readonly UnitNode[], { title }: DocumentKind): void {
  if (isInterpretation(title)) for (const unit of units) if (TASK_KINDS.has(unit.kind)) unit.kind = 'context';
}
