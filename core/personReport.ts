import { escapeHtml, standalonePage } from './packet';

// The printable side of a data request: everything kept about one person, section by section,
// as a self-contained page with every value escaped and nothing loaded from anywhere.

const REPORT_STYLE = `
  body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2328; overflow-wrap: anywhere; }
  main { max-width: 48rem; margin: 0 auto; padding: 24px 16px; }
  h1 { font-size: 1.5rem; margin: 0 0 4px; }
  h2 { font-size: 1.1rem; margin: 24px 0 8px; border-bottom: 2px solid #2f6b57; padding-bottom: 4px; }
  .count, .none, .meta { color: #5b6068; font-weight: normal; }
  table { width: 100%; border-collapse: collapse; margin: 0 0 12px; }
  th, td { text-align: left; vertical-align: top; padding: 3px 8px; border-bottom: 1px solid #e4e1d8; white-space: pre-wrap; }
  th { width: 30%; color: #4b5058; font-weight: 600; }
  @media print { main { max-width: none; padding: 0; } section { break-inside: auto; } table { break-inside: avoid; } }
`;

const SECTION_TITLES: Record<string, string> = {
  person: 'Their details',
  applications: 'Applications',
  interviews: 'Their interviews',
  interviewsTheyConducted: 'Interviews they conducted',
  prep: 'Interview prep',
  debriefs: 'Debriefs',
  contacts: 'Contacts with them',
  contactsAboutTheirApplications: 'Contacts with clients about their applications',
  history: 'Change history',
};

const label = (key: string) =>
  key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase());

function record(row: Record<string, unknown>): string {
  const cells = Object.entries(row)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `<tr><th scope="row">${escapeHtml(label(k))}</th><td>${escapeHtml(String(v))}</td></tr>`)
    .join('');
  return `<table>${cells}</table>`;
}

/** A page listing everything in `data` (as io.exportPerson returns it), for printing or sending. */
export function renderPersonReport(name: string, exportedAt: string, data: Record<string, unknown[]>): string {
  const sections = Object.entries(data)
    .map(([key, rows]) => {
      const title = SECTION_TITLES[key] ?? label(key);
      const body = rows.length
        ? rows.map((r) => record(r as Record<string, unknown>)).join('\n')
        : '<p class="none">Nothing kept.</p>';
      return `<section><h2>${escapeHtml(title)} <span class="count">(${rows.length})</span></h2>\n${body}\n</section>`;
    })
    .join('\n');
  return standalonePage(
    `Data kept about ${name}`,
    REPORT_STYLE,
    `<main>
<h1>${escapeHtml(`Data kept about ${name}`)}</h1>
<p class="meta">Everything Politely holds about this person, as of ${escapeHtml(exportedAt)}.</p>
${sections}
</main>`,
  );
}
