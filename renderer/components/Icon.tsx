import type { Screen } from '../router';

// Line icons drawn on a 24-unit grid, inline so the app needs no font or network.
const PATHS: Record<Screen | 'bell', string> = {
  today: 'M12 7v5l3 2 M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18',
  pipeline: 'M4 4h4v16H4z M10 4h4v10h-4z M16 4h4v6h-4z',
  people: 'M12 12a4 4 0 1 0 0-8a4 4 0 1 0 0 8 M4 21c0-4 3.6-6 8-6s8 2 8 6',
  companies: 'M4 21V5l8-2v18 M12 9h8v12 M7 8h2 M7 12h2 M7 16h2 M15 13h2 M15 17h2 M2 21h20',
  positions: 'M4 8h16v12H4z M9 8V5h6v3 M4 13h16',
  reports: 'M4 20h16 M6 20V12 M11 20V6 M16 20V14 M20 9l-4 3-5-5-5 4',
  interviews: 'M4 6h16v14H4z M4 10h16 M8 3v5 M16 3v5',
  bell: 'M6 16V11a6 6 0 1 1 12 0v5l2 2H4z M10 20a2 2 0 0 0 4 0',
  settings: 'M4 6h10 M18 6h2 M4 12h4 M12 12h8 M4 18h12 M20 18h0 M16 4v4 M10 10v4 M18 16v4',
};

export function Icon({ name }: { name: Screen | 'bell' }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
