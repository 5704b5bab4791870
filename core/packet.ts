import { mailtoHref, telHref } from './contactAddress';
import { ACCEPTANCE_QUESTION, DEBRIEF_QUESTIONS, type InterviewFormat, type PrepItem } from './interviews';

// The candidate's prep packet: one self-contained HTML page a candidate reads on a phone or
// prints. Built only from what may be shown to them, every value escaped, nothing loaded from
// anywhere, so it cannot leak internal notes or call home.

export const PACKET_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface PacketData {
  candidate: { name: string; timezone: string | null };
  interview: {
    id: string;
    round: number;
    startsAt: string;
    endsAt: string;
    timezone: string;
    format: InterviewFormat;
    place: string | null;
  };
  position: { title: string; location: string | null };
  company: { name: string };
  interviewers: { name: string; title: string | null }[];
  /** The prep checklist; only items marked for the candidate are used. */
  items: PrepItem[];
  recruiter: { name: string | null; email: string | null; phone: string | null };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A complete, self-contained page: the CSP allows nothing but its own inline style. `body` must already be escaped
 * HTML.
 */
export function standalonePage(title: string, style: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PACKET_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A link target only when it is a plain web address; anything else (javascript:, data:, …) stays text. */
export function webAddress(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Paragraphs from free text: blank lines split them, single newlines become line breaks. */
export function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** "Tuesday 14 January 2026, 09:00" in `zone`. */
export function longLocal(at: string, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}

function hourMinute(at: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}

const FORMAT_WORDS: Record<InterviewFormat, string> = { onsite: 'In person', video: 'Video call', phone: 'Phone call' };

function whenAndWhere(d: PacketData): string {
  const zone = d.candidate.timezone ?? d.interview.timezone;
  const rows: string[] = [
    `<p class="when"><strong>${escapeHtml(longLocal(d.interview.startsAt, zone))}–${escapeHtml(hourMinute(d.interview.endsAt, zone))}</strong> <span class="muted">your time (${escapeHtml(zone)})</span></p>`,
  ];
  if (zone !== d.interview.timezone) {
    rows.push(
      `<p class="muted">That is ${escapeHtml(hourMinute(d.interview.startsAt, d.interview.timezone))} where the interview takes place (${escapeHtml(d.interview.timezone)}).</p>`,
    );
  }
  const place = d.interview.place?.trim();
  const link = place ? webAddress(place) : null;
  const where = !place
    ? 'Your recruiter will confirm the details.'
    : link
      ? `<a href="${escapeHtml(link)}">${escapeHtml(place)}</a>`
      : escapeHtml(place);
  rows.push(`<p><span class="label">${FORMAT_WORDS[d.interview.format]}</span> ${where}</p>`);
  if (d.position.location) rows.push(`<p class="muted">The role is based in ${escapeHtml(d.position.location)}.</p>`);
  return rows.join('\n');
}

function interviewers(d: PacketData): string {
  if (d.interviewers.length === 0) return '<p>Your recruiter will tell you whom you will meet.</p>';
  return `<ul class="people">${d.interviewers
    .map(
      (p) =>
        `<li><strong>${escapeHtml(p.name)}</strong>${p.title ? ` <span class="muted">— ${escapeHtml(p.title)}</span>` : ''}</li>`,
    )
    .join('')}</ul>`;
}

/** The text as a link when it has one (a valid address), else as plain text. */
export const linked = (href: string | null, text: string) =>
  href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);

/** How to reach the recruiter: only what is known, never a stand-in name; nothing at all leaves the section out. */
export function recruiterContact(recruiter: PacketData['recruiter']): string | null {
  const name = recruiter.name?.trim();
  const phone = recruiter.phone?.trim();
  const email = recruiter.email?.trim();
  const lines: string[] = [];
  if (name) lines.push(`<p><strong>${escapeHtml(name)}</strong></p>`);
  if (phone) lines.push(`<p>Phone: ${linked(telHref(phone), phone)}</p>`);
  if (email) lines.push(`<p>Email: ${linked(mailtoHref(email), email)}</p>`);
  return lines.length > 0 ? lines.join('\n') : null;
}

function afterwards(d: PacketData): string {
  // The packet speaks in the recruiter's voice ("I will ask"), so without a name it is simply "call me".
  const name = d.recruiter.name?.trim() || 'me';
  const phone = d.recruiter.phone?.trim();
  return [
    `<p><strong>Call ${escapeHtml(name)} as soon as you leave${phone ? `, on ${escapeHtml(phone)}` : ''}</strong>, while everything is fresh. I will ask:</p>`,
    `<ol>${DEBRIEF_QUESTIONS.map((q) => `<li>${escapeHtml(q.question)}</li>`).join('')}</ol>`,
    '<p>And then the one question that matters most. I am looking for a plain YES or NO, so decide your answer before you walk in:</p>',
    `<blockquote>${escapeHtml(ACCEPTANCE_QUESTION)}</blockquote>`,
    '<p class="muted">Anything other than yes usually means it is not the right fit, and that is fine: say so.</p>',
  ].join('\n');
}

/** The packets' look: the candidate's prep packet and the client's shortlist read alike. */
export const PACKET_STYLE = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; background: #f6f5f1; color: #1f2328; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; overflow-wrap: anywhere; }
  main { max-width: 42rem; margin: 0 auto; padding: 24px 18px 40px; }
  header { border-bottom: 3px solid #2f6b57; padding-bottom: 14px; margin-bottom: 8px; }
  .kicker { margin: 0; color: #2f6b57; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; font-size: .8rem; }
  h1 { font-size: 1.6rem; line-height: 1.2; margin: 6px 0 4px; }
  h2 { font-size: 1.1rem; margin: 0 0 8px; color: #2f6b57; }
  section { background: #fff; border: 1px solid #dedbd2; border-radius: 10px; padding: 16px 18px; margin: 14px 0; }
  p { margin: 0 0 10px; } p:last-child { margin-bottom: 0; }
  .muted { color: #5b6068; }
  .label { display: inline-block; font-size: .8rem; font-weight: 700; background: #e3efe9; color: #2f6b57; border-radius: 999px; padding: 1px 10px; margin-right: 6px; }
  .when { font-size: 1.1rem; }
  ul.people { margin: 0; padding-left: 1.2rem; }
  ol { margin: 0 0 10px; padding-left: 1.4rem; }
  blockquote { margin: 12px 0; padding: 12px 16px; border-left: 4px solid #2f6b57; background: #e3efe9; font-size: 1.1rem; font-weight: 600; }
  a { color: #2f6b57; }
  footer { color: #5b6068; font-size: .85rem; margin-top: 18px; }
  @media print {
    body { background: #fff; font-size: 11pt; }
    main { max-width: none; padding: 0; }
    section { border: none; border-top: 1px solid #bbb; border-radius: 0; padding: 10px 0; margin: 0; break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
    @page { margin: 18mm; }
  }
`;

/** The packet as one HTML document with no script and nothing external. */
export function renderPacket(d: PacketData): string {
  const visible = d.items.filter((i) => i.visibility === 'candidate' && i.body.trim() !== '');
  const title = `${d.position.title} at ${d.company.name}`;
  const sections = [
    { id: 'when', title: 'When and where', html: whenAndWhere(d) },
    { id: 'who', title: 'Whom you will meet', html: interviewers(d) },
    ...visible.map((item, n) => ({ id: `prep-${n + 1}`, title: item.label, html: paragraphs(item.body) })),
    { id: 'after', title: 'After the interview', html: afterwards(d) },
    { id: 'contact', title: 'Your recruiter', html: recruiterContact(d.recruiter) },
  ].filter((s): s is { id: string; title: string; html: string } => s.html !== null);
  return standalonePage(
    `Interview prep: ${title}`,
    PACKET_STYLE,
    `<main>
<header>
<p class="kicker">Interview prep${d.interview.round > 1 ? ` · round ${d.interview.round}` : ''}</p>
<h1>${escapeHtml(title)}</h1>
<p class="muted">For ${escapeHtml(d.candidate.name)}${d.recruiter.name?.trim() ? `, from ${escapeHtml(d.recruiter.name.trim())}` : ''}</p>
</header>
${sections.map((s) => `<section aria-labelledby="${s.id}"><h2 id="${s.id}">${escapeHtml(s.title)}</h2>\n${s.html}\n</section>`).join('\n')}
<footer>Good luck. You are well prepared.</footer>
</main>`,
  );
}

/** A file name that is safe on every system. */
export function packetFileName(d: PacketData, extension: string): string {
  const base = `Interview prep - ${d.position.title} at ${d.company.name}`
    .replace(/[^\p{L}\p{N} ._-]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'Interview prep'}.${extension}`;
}
