/** The first date a deadline that comes back each week falls on, after the document was issued. */
import { describe, expect, it } from 'vitest';
import { firstWeekday } from './deadline-dates.ts';

describe('firstWeekday', () => {
  it.each([
    // 2024-03-20 is a Wednesday: its own day, later that week, next week
    [3, '2024-03-20', '2024-03-20'],
    [5, '2024-03-20', '2024-03-22'],
    [1, '2024-03-20', '2024-03-25'],
    [7, '2024-03-20', '2024-03-24'],
    // across a month's and a year's end
    [1, '2024-12-31', '2025-01-06'],
    [4, '2024-02-28', '2024-02-29'],
  ])('weekday %i after %s: %s', (weekday, issued, expected) => expect(firstWeekday(weekday, issued)).toBe(expected));

  it.each(['2024-03', '2024'])('a date without its day stays as far as it goes: %s', (issued) =>
    expect(firstWeekday(5, issued)).toBe(issued),
  );
});
