/**
 * `part` of `total` as a CSS percentage, for the width of a progress part: `0%` when there is no total, never
 * `NaN%` or `Infinity%`. Internal: shared by {@link ImportProgress} and the table's progress cells.
 */
export const percent = (part: number, total: number): string => `${total > 0 ? (part / total) * 100 : 0}%`;
