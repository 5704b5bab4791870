import { mailtoHref, telHref } from './contactAddress';
import { escapeHtml, linked, PACKET_STYLE, paragraphs, recruiterContact, standalonePage } from './packet';
import type { Submittal } from './submittals';

// The client's packet for a shortlist: the position, the recruiter's summary of each candidate and how to reach the
// recruiter. Built only from what the client may read, every value escaped, under the prep packet's strict policy.
// Internal notes, fees and the candidates' own contact details stay out; the details go in only when the recruiter
// ticked them for this shortlist.

export interface SubmittalPacketData {
  submittal: Submittal;
  recruiter: { name: string | null; email: string | null; phone: string | null };
}

/** "14 January 2026" in `zone`. */
function longDate(at: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(at),
  );
}

function candidate(d: SubmittalPacketData, c: Submittal['candidates'][number], n: number): string {
  const reach: string[] = [];
  if (d.submittal.includeContactDetails) {
    const phone = c.phone?.trim();
    const email = c.email?.trim();
    if (phone) reach.push(`<p>Phone: ${linked(telHref(phone), phone)}</p>`);
    if (email) reach.push(`<p>Email: ${linked(mailtoHref(email), email)}</p>`);
  }
  const summary = c.summary.trim()
    ? paragraphs(c.summary)
    : '<p class="muted">Your recruiter will tell you about this candidate.</p>';
  return `<section aria-labelledby="candidate-${n}"><h2 id="candidate-${n}">${escapeHtml(c.candidateName)}</h2>
${summary}${reach.length ? `\n${reach.join('\n')}` : ''}
</section>`;
}

/** The shortlist as one HTML document with no script and nothing external. */
export function renderSubmittalPacket(d: SubmittalPacketData): string {
  const s = d.submittal;
  const title = `${s.positionTitle} at ${s.companyName}`;
  const from = d.recruiter.name?.trim();
  const count = s.candidates.length === 1 ? 'one candidate' : `${s.candidates.length} candidates`;
  const contact = recruiterContact(d.recruiter);
  return standalonePage(
    `Shortlist: ${title}`,
    PACKET_STYLE,
    `<main>
<header>
<p class="kicker">Shortlist</p>
<h1>${escapeHtml(title)}</h1>
<p class="muted">For ${escapeHtml(s.contact.name)}${from ? `, from ${escapeHtml(from)}` : ''}, ${escapeHtml(longDate(s.sentAt, s.contact.timezone ?? 'UTC'))}</p>
</header>
<section aria-labelledby="note"><h2 id="note">${escapeHtml(count[0]!.toUpperCase() + count.slice(1))} for you</h2>
${s.note?.trim() ? paragraphs(s.note) : `<p>Here ${s.candidates.length === 1 ? 'is' : 'are'} ${count} for ${escapeHtml(s.positionTitle)}${s.positionLocation ? ` in ${escapeHtml(s.positionLocation)}` : ''}.</p>`}
</section>
${s.candidates.map((c, n) => candidate(d, c, n + 1)).join('\n')}
${contact ? `<section aria-labelledby="recruiter"><h2 id="recruiter">Your recruiter</h2>\n${contact}\n</section>` : ''}
<footer>Tell me whom you would like to meet, and I will arrange it.</footer>
</main>`,
  );
}

/** A file name that is safe on every system. */
export function submittalFileName(s: Submittal, extension: string): string {
  const base = `Shortlist - ${s.positionTitle} at ${s.companyName}`
    .replace(/[^\p{L}\p{N} ._-]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'Shortlist'}.${extension}`;
}
