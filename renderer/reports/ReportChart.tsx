import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { spreadsheetCsv } from '../../core/csv';
import { download } from '../interviews/format';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

export const CHART_COLORS = { accent: '#2f6b57', soft: '#9cc7b6', warm: '#c97b2b', ink: '#4b5058', line: '#dedbd2' };

/** A saved PNG has a white page behind the chart, as on screen, not a transparent one. */
const whitePage: Plugin = {
  id: 'white-page',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** A report's numbers as a CSV file, every cell safe to open in a spreadsheet. */
export function saveCsv(fileName: string, rows: unknown[][]): void {
  download({ fileName: `${fileName}.csv`, mime: 'text/csv', encoding: 'utf8', content: spreadsheetCsv(rows) });
}

/**
 * One report chart, drawn with Chart.js, with its two exports: the picture as PNG and its
 * numbers as CSV. `label` says in words what the chart shows, for screen readers.
 */
export function ReportChart({
  config,
  label,
  fileName,
  rows,
  height = 260,
}: {
  config: ChartConfiguration;
  label: string;
  fileName: string;
  rows: () => unknown[][];
  height?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const drawn = new Chart(canvas.current, {
      ...config,
      options: { ...config.options, animation: false, responsive: true, maintainAspectRatio: false },
      plugins: [...(config.plugins ?? []), whitePage],
    });
    chart.current = drawn;
    return () => {
      drawn.destroy();
      chart.current = null;
    };
  }, [config]);

  const savePng = () => {
    const url = chart.current?.toBase64Image('image/png');
    if (url)
      download({
        fileName: `${fileName}.png`,
        mime: 'image/png',
        encoding: 'base64',
        content: url.slice(url.indexOf(',') + 1),
      });
  };

  return (
    <div className="report-chart">
      <div className="chart-box" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      <div className="report-exports">
        <button type="button" className="button" onClick={savePng}>
          Save as PNG
        </button>
        <button type="button" className="button" onClick={() => saveCsv(fileName, rows())}>
          Save as CSV
        </button>
      </div>
    </div>
  );
}
