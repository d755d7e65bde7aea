/**
 * Acknowledgments: a sidecar says that a message is about the document as published (an unclosed
 * bracket in the gazette, a measure that really names no department, an excerpt). The message stays
 * in the report as `info`, so `--frail` passes, and the document carries it to be shown as a curator's
 * note. An acknowledgment that matches no message is itself a warning: the text or the parser changed.
 */
import type { PolicyDocument } from '../../../src/model/index.ts';
import { report } from '../messages.ts';
import type { LoadedSource } from './load.ts';

/** Apply the sidecar's acknowledgments to the messages the pipeline added from `from` on. */
export function applyAcknowledgments(source: LoadedSource, from: number): PolicyDocument['acknowledged'] {
  const acknowledged: PolicyDocument['acknowledged'] = [];
  const messages = source.file.messages.slice(from);
  for (const acknowledgment of source.sidecar?.acknowledge ?? []) {
    const matching = messages.filter(
      (message) => message.ruleId === acknowledgment.rule && message.line === acknowledgment.line,
    );
    if (matching.length === 0) {
      report(
        source.sidecarFile!,
        'sidecar:stale-acknowledgment',
        `Unexpected acknowledgment of \`${acknowledgment.rule}\` on line ${acknowledgment.line}, expected a message of that rule on that line`,
        placeOf(String(source.sidecarFile!.value), acknowledgment.rule),
      );
      continue;
    }
    for (const message of matching) {
      acknowledged.push({ ...acknowledgment, message: message.reason });
      message.fatal = undefined;
      message.reason = `${message.reason} (acknowledged: ${acknowledgment.reason})`;
      message.message = message.reason;
    }
  }
  return acknowledged;
}

/** Where the sidecar names the rule, for the stale-acknowledgment message. */
function placeOf(text: string, rule: string): { line: number; column: number } {
  const index = text.indexOf(rule);
  if (index < 0) return { line: 1, column: 1 };
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
