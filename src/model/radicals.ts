/**
 * Radical code points that stand for ordinary characters. Fonts of many PDFs map common characters
 * to the Kangxi radicals (U+2F00–U+2FD5: ⼀ ⼈ ⽅ ⽇ ⽉) or to the CJK radicals supplement (U+2E80–
 * U+2EF3: ⺠ ⻓ ⻔ ⻛), so the text a PDF gives or a reader copies from it writes 九江市⼈⺠政府 for
 * 九江市人民政府: it looks the same and matches nothing. Each maps to one BMP character, so folding
 * with this table keeps every offset (fold.ts).
 *
 * The Kangxi radicals have their character by Unicode's compatibility mapping (NFKC); of the
 * supplement only ⺟ and ⻳ do, so the supplement's forms that are characters of their own in
 * simplified or traditional text are listed here (the component-only forms, ⺡ for 氵, are not:
 * no text writes them alone).
 */
const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂',
  '⺊': '卜',
  '⺌': '小',
  '⺎': '兀',
  '⺒': '巳',
  '⺓': '幺',
  '⺗': '心',
  '⺜': '日',
  '⺝': '月',
  '⺟': '母',
  '⺠': '民',
  '⺩': '王',
  '⺮': '竹',
  '⺳': '网',
  '⺼': '月',
  '⻁': '虎',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻊': '足',
  '⻋': '车',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
};

const KANGXI_FIRST = 0x2f00;
const KANGXI_LAST = 0x2fd5;
/**
 * Kangxi radicals whose compatibility character is a variant that simplified text writes otherwise:
 * a simplified font draws 户 and 青 with the radical's glyph, so that is what its PDF writes for them.
 */
const KANGXI_SIMPLIFIED: Record<string, string> = { '⼾': '户', '⾭': '青' };

/** Radical → the character it stands for. */
export const RADICALS: ReadonlyMap<string, string> = new Map([
  ...Array.from({ length: KANGXI_LAST - KANGXI_FIRST + 1 }, (_, offset) => {
    const radical = String.fromCharCode(KANGXI_FIRST + offset);
    return [radical, KANGXI_SIMPLIFIED[radical] ?? radical.normalize('NFKC')] as [string, string];
  }),
  ...Object.entries(SUPPLEMENT),
]);

/** The first and last code units of the two radical blocks, for callers' fast paths. */
export const RADICALS_FIRST = 0x2e80;
export const RADICALS_LAST = 0x2fdf;

/** `text` with every radical written as its character, and how many were replaced. */
export function unifyRadicals(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const unified = text.replace(/[\u2e80-\u2fdf]/gu, (radical) => {
    const character = RADICALS.get(radical);
    if (character === undefined) return radical;
    replaced += 1;
    return character;
  });
  return { text: unified, replaced };
}
