/**
 * The words of a table's header row that every kind of typed table reads alike: its 序号 column,
 * how a header cell is compared, and how long one may be.
 */
import { fold } from '../../../src/model/fold.ts';

/** The column that numbers the rows. */
export const NUMBER_HEADER = /^(?:序号|编号|序)$/u;

/** A header cell's words, folded, without spaces. */
export const plainHeader = (header: string): string => fold(header).replace(/\s/gu, '');

/**
 * The most characters a header cell names its column in (`配合单位（部门）`, `具体措施及工作要求`): a row
 * with a longer cell is a row of the table, whatever words its cells hold (`…行政机关及相关工作人员…`).
 */
export const MAX_HEADER = 16;

/**
 * A short line that heads a group of a table's rows (`一、责任落实（15分）`, `（二）源头治理`), as a table copied
 * as text writes it between them.
 */
export const GROUP_HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]).{1,24}$/u;
