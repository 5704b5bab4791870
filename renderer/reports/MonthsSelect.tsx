/** How far back the money reports look. */
export const MONTH_RANGES = [6, 12, 24] as const;
export type MonthRange = (typeof MONTH_RANGES)[number];

/** "Show: Last 12 months", the choice the placements and conversion reports share. */
export function MonthsSelect({ value, onChange }: { value: MonthRange; onChange(months: MonthRange): void }) {
  return (
    <label className="inline-select">
      <span>Show</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value) as MonthRange)}>
        {MONTH_RANGES.map((n) => (
          <option key={n} value={n}>
            Last {n} months
          </option>
        ))}
      </select>
    </label>
  );
}
