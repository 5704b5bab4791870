import { useLayoutEffect, useRef, useState } from 'react';
import type { BreadthWeek } from '../../api/contract';

const HEIGHT = 240;
const M = { top: 16, right: 44, bottom: 30, left: 40 };

const weekLabel = (iso: string, timeZone: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone });

/** A round number at or above `value`, so the axis reads 0 / 5 / 10 rather than 0 / 3.5 / 7. */
export function niceCeiling(value: number): number {
  if (value <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Bars: distinct people contacted each week (left axis). Line: contacts per person (right axis).
 * Breadth is many bars and a low line; pressure is a high line over few people.
 */
export function BreadthChart({ weeks, timezone }: { weeks: BreadthWeek[]; timezone: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(280, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const plotW = width - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const peopleMax = niceCeiling(Math.max(...weeks.map((w) => w.people), 1));
  const perMax = Math.max(2, Math.ceil(Math.max(...weeks.map((w) => w.perPerson))));
  const band = plotW / weeks.length;
  const barW = Math.max(4, Math.min(36, band * 0.6));
  const x = (i: number) => M.left + band * i + band / 2;
  const yPeople = (v: number) => M.top + plotH - (v / peopleMax) * plotH;
  const yPer = (v: number) => M.top + plotH - (v / perMax) * plotH;
  const labelEvery = Math.ceil(weeks.length / Math.max(1, Math.floor(plotW / 56)));

  // The line breaks over weeks with nobody contacted: there is no pressure to draw.
  let path = '';
  weeks.forEach((w, i) => {
    if (w.people === 0) return;
    const joined = i > 0 && weeks[i - 1]!.people > 0;
    path += `${joined ? 'L' : 'M'}${x(i).toFixed(1)},${yPer(w.perPerson).toFixed(1)}`;
  });

  const last = weeks.at(-1);
  const summary = last ? `This week: ${last.people} ${last.people === 1 ? 'person' : 'people'} contacted, ${last.perPerson} contacts each on average.` : '';
  return (
    <div ref={box} className="chart">
      <svg width={width} height={HEIGHT} role="img" aria-labelledby="breadth-chart-title breadth-chart-desc">
        <title id="breadth-chart-title">People contacted per week, and contacts per person</title>
        <desc id="breadth-chart-desc">{summary}</desc>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line className="chart-grid" x1={M.left} x2={M.left + plotW} y1={yPeople(peopleMax * f)} y2={yPeople(peopleMax * f)} />
            <text className="chart-axis" x={M.left - 8} y={yPeople(peopleMax * f)} dy="0.32em" textAnchor="end">
              {Math.round(peopleMax * f)}
            </text>
            <text className="chart-axis chart-axis-line" x={M.left + plotW + 8} y={yPer(perMax * f)} dy="0.32em">
              {Math.round(perMax * f * 10) / 10}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => (
          <g key={w.start}>
            <rect className="chart-bar" x={x(i) - barW / 2} y={yPeople(w.people)} width={barW} height={plotH - (yPeople(w.people) - M.top)} rx={3}>
              <title>{`Week of ${weekLabel(w.start, timezone)}: ${w.people} people, ${w.touches} contacts, ${w.perPerson} per person`}</title>
            </rect>
            {i % labelEvery === 0 && (
              <text className="chart-axis" x={x(i)} y={HEIGHT - 10} textAnchor="middle">
                {weekLabel(w.start, timezone)}
              </text>
            )}
          </g>
        ))}
        <path className="chart-line" d={path} />
        {weeks.map((w, i) => w.people > 0 && <circle key={w.start} className="chart-dot" cx={x(i)} cy={yPer(w.perPerson)} r={3.5} />)}
      </svg>
      <div className="chart-legend" aria-hidden="true">
        <span>
          <i className="swatch swatch-bar" /> People contacted (left)
        </span>
        <span>
          <i className="swatch swatch-line" /> Contacts per person (right)
        </span>
      </div>
    </div>
  );
}
