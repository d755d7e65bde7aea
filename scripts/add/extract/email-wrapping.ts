/**
 * A document forwarded by e-mail and pasted as text: the mails' headers (`-----Original Message-----`,
 * `发件人：…`, `主题：…`), their quote marks (`> `, `>> ` for an older forward), and each mail's short
 * cover note with its sender's signature (`各县区局：现将…转发给你们…` / `王建军` / `办公电话：…`) wrap
 * it. They go; the document's own lines stay, unquoted, with every character of theirs. A text with no
 * mail's header is left as it is: a `>` inside a line (`综合评分>85分`) is never a quote mark.
 */

/** The line that opens a forwarded or quoted mail. */
const SEPARATOR = /^-{2,}\s*(?:Original Message|Forwarded message|原始邮件|转发邮件|邮件原文)\s*-{2,}$/iu;
/** A field of a mail's header. */
const FIELD =
  /^(?:发件人|发送时间|收件人|抄送|密送|主题|附件|日期|From|Sent|Date|To|Cc|Subject|Attachments?)\s*[:：]/iu;
/** A line of a sender's signature that says how to reach them. */
const CONTACT = /^(?:(?:办公|联系)?电话|手机|传真|邮箱|E-?mail|Tel|地址)\s*[:：]/iu;
/** A mail's quote marks at the start of a line: `> `, `>> `, `> > `. */
const QUOTE = /^(?:[ \t]*>)+[ \t]?/u;
/** How far into a mail's text its sender's signature may stand, after the cover note above it. */
const NOTE_LINES = 12;

export interface Unwrapped {
  kept: string[];
  /** Header lines, and cover notes with their signatures, left out. */
  dropped: number;
}

export function withoutEmailWrapping(lines: readonly string[]): Unwrapped {
  const plain = lines.map((line) => line.replace(QUOTE, ''));
  const headerAt = plain.map((line) => SEPARATOR.test(line.trim()));
  // Without a separator, three header fields in a row make a mail's header.
  for (let index = 0; index + 2 < plain.length; index++)
    if ([0, 1, 2].every((offset) => FIELD.test(plain[index + offset]!.trim()))) headerAt[index] = true;
  if (!headerAt.some(Boolean)) return { kept: [...lines], dropped: 0 };
  const drop = new Set<number>();
  for (let index = 0; index < plain.length; index++) {
    if (!headerAt[index]) continue;
    let end = index;
    if (SEPARATOR.test(plain[end]!.trim())) drop.add(end++);
    while (end < plain.length && FIELD.test(plain[end]!.trim())) drop.add(end++);
    dropCoverNote(plain, end, drop);
  }
  // A text before the first header is the last forwarder's own mail, when it ends in a signature.
  const first = headerAt.indexOf(true);
  if (first > 0) dropCoverNote(plain, 0, drop);
  return { kept: plain.filter((_, index) => !drop.has(index)), dropped: drop.size };
}

/**
 * A mail's cover note and its sender's signature, from `start`: the lines up to the contact lines of a
 * signature (a name, an office, `办公电话：…`) within its first lines, when one stands there.
 */
function dropCoverNote(plain: readonly string[], start: number, drop: Set<number>): void {
  let written = 0;
  for (let index = start; index < plain.length; index++) {
    const line = plain[index]!.trim();
    if (SEPARATOR.test(line) || FIELD.test(line)) return;
    if (line) written += 1;
    if (written > NOTE_LINES) return;
    if (!CONTACT.test(line)) continue;
    let end = index;
    while (end + 1 < plain.length && CONTACT.test(plain[end + 1]!.trim())) end += 1;
    for (let at = start; at <= end; at++) drop.add(at);
    return;
  }
}
