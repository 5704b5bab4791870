// How a reply's numeric dates are read: 3/4 as 3 April (day first) or as March 4 (month first).

export const DATE_ORDERS = ['as-written', 'day-month', 'month-day'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * The reader's `dayMonth` option for a setting: "as written" leaves it to the reader (month first for
 * English from the United States or Canada, day first elsewhere, as people there write), the others fix it.
 */
export function dayMonthFor(order: DateOrder): boolean | undefined {
  return order === 'as-written' ? undefined : order === 'day-month';
}
