// Message templates with merge fields: the kinds, the fields, the default wording, and the one way to fill them in.
// Pure: the values arrive from the caller, so the same text renders in a preview, an email and a test.
import type { TouchKind } from './model';

export const TEMPLATE_KINDS = [
  'first-contact',
  'follow-up',
  'value-add',
  'take-away',
  'thank-you-letter',
  'prep-packet',
  'debrief-invitation',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  'first-contact': 'First contact',
  'follow-up': 'Follow-up',
  'value-add': 'Value-add',
  'take-away': 'Take-away',
  'thank-you-letter': 'Thank-you letter',
  'prep-packet': 'Prep packet cover',
  'debrief-invitation': 'Debrief call invitation',
};

/**
 * The kind of contact each message is, as the rules and the log know it. The prep packet's cover and the
 * debrief invitation belong to an interview the candidate agreed to, as the prep and debrief calls do.
 */
export const TOUCH_KIND_OF: Record<TemplateKind, TouchKind> = {
  'first-contact': 'first-contact',
  'follow-up': 'follow-up',
  'value-add': 'value-add',
  'take-away': 'take-away',
  'thank-you-letter': 'thank-you-letter',
  'prep-packet': 'prep-call',
  'debrief-invitation': 'debrief-call',
};

export const TEMPLATE_FIELDS = [
  'firstName',
  'lastName',
  'fullName',
  'position',
  'company',
  'interviewTime',
  'recruiterName',
  'recruiterEmail',
  'recruiterPhone',
] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** What each field fills in, for the help beside the editor. */
export const TEMPLATE_FIELD_HELP: Record<TemplateField, string> = {
  firstName: 'Their first name: the first word of the name on file.',
  lastName: 'Their last name: the rest of the name on file after the first word.',
  fullName: 'Their name as it is on file.',
  position: 'The job title of the position the message is about.',
  company: "The position's company, or a client contact's own company.",
  interviewTime: "The interview's date and time on their clock, e.g. Tuesday 10 March 2026, 10:00 (Europe/Berlin).",
  recruiterName: 'Your name, from Settings → Your details.',
  recruiterEmail: 'Your email address, from Settings → Your details.',
  recruiterPhone: 'Your phone number, from Settings → Your details.',
};

export interface TemplateText {
  subject: string;
  body: string;
}

export interface MessageTemplate extends TemplateText {
  /** Today one template per kind, whose id is its kind. */
  id: string;
  kind: TemplateKind;
  name: string;
  /** Politely's own wording, not one the recruiter saved. */
  isDefault: boolean;
  /** When the recruiter last saved it; null for the default. */
  updatedAt: string | null;
}

const SIGNATURE = 'Best regards,\n{{recruiterName}}\n{{recruiterEmail?}}\n{{recruiterPhone?}}';

/**
 * Politely's wording for each kind, from the field: ask for a short introduction, ask permission, make a no
 * easy to say, end the follow-ups with the take-away, and after a final no, one thank-you that respects it.
 */
export const DEFAULT_TEMPLATES: Record<TemplateKind, TemplateText> = {
  'first-contact': {
    subject: 'An introduction from {{recruiterName}}',
    body:
      'Hello {{firstName}},\n\n' +
      "I'm {{recruiterName}}, a recruiter. I came across your background and would like to ask for " +
      '15 minutes to introduce myself and hear what you are looking for next.\n\n' +
      'If now is not a good time, just say so and tell me when would suit you better. ' +
      'I will only follow up when you say it is all right.\n\n' +
      SIGNATURE,
  },
  'follow-up': {
    subject: 'Following up, {{firstName}}',
    body:
      'Hello {{firstName}},\n\n' +
      'I am following up on my last message. Is this a good time to talk, or would another date suit you ' +
      'better? A short yes or no is perfectly fine, and if you would rather I did not follow up, just say so.\n\n' +
      SIGNATURE,
  },
  'value-add': {
    subject: 'Something useful for you, {{firstName}}',
    body:
      'Hello {{firstName}},\n\n' +
      'I came across something that made me think of you, and I wanted to pass it on:\n\n\n\n' +
      'No need to reply; I hope it helps.\n\n' +
      SIGNATURE,
  },
  'take-away': {
    subject: 'Should I close your file, {{firstName}}?',
    body:
      'Hello {{firstName}},\n\n' +
      'I have reached out a few times without hearing back, and I get the sense you are not very interested ' +
      'at this time. That is perfectly fine.\n\n' +
      'Would it be best to just put the ball in your court and let you decide when we should reconnect? ' +
      'A simple yes or no is all I need: should I close your file?\n\n' +
      'Either way, thank you for your time.\n\n' +
      SIGNATURE,
  },
  'thank-you-letter': {
    subject: 'Thank you, {{firstName}}',
    body:
      'Dear {{firstName}},\n\n' +
      'Thank you for your time. I respect your decision, and I will not contact you again.\n\n' +
      'Should you ever change your mind, my details are below.\n\n' +
      'With best wishes,\n{{recruiterName}}\n{{recruiterEmail?}}\n{{recruiterPhone?}}',
  },
  'prep-packet': {
    subject: 'Your interview prep: {{position}} at {{company}}',
    body:
      'Hello {{firstName}},\n\n' +
      'Your interview for {{position}} at {{company}} is on {{interviewTime}}. Your prep packet comes with ' +
      'this message: the job description, what I know about the company and the hiring managers, and the ' +
      'questions to prepare.\n\n' +
      'Please do your own research on the company and the people you will meet, and let us talk it through ' +
      'before the day.\n\n' +
      'Right after the interview, call me while it is still fresh. I will ask: is this still a position you ' +
      'are interested in, and if it meets your salary requirements, would you accept? I am looking for a ' +
      'yes or a no.\n\n' +
      SIGNATURE,
  },
  'debrief-invitation': {
    subject: 'How did it go? Your interview for {{position}}',
    body:
      'Hello {{firstName}},\n\n' +
      'Thank you for interviewing for {{position}} at {{company}} on {{interviewTime}}. Please call me at ' +
      '{{recruiterPhone}} as soon as you can, while it is still fresh in your mind: I would like to hear whom ' +
      'you met, what they asked and how it went.\n\n' +
      'I will also ask: is this still a position you are interested in, and if it meets your salary ' +
      'requirements, would you accept? I am looking for a yes or a no.\n\n' +
      SIGNATURE,
  },
};

export const SUBJECT_MAX = 300;
export const BODY_MAX = 20_000;

/** One thing wrong with a template, or a field the message needs and has no value for. */
export interface TemplateProblem {
  part: 'subject' | 'body';
  /** The field, as written between the braces, when the problem is a field. */
  field?: string;
  message: string;
}

/** The values to fill in; a field left out has none, and `gaps` may say why. */
export type MergeValues = Partial<Record<TemplateField, string>>;
export type MergeGaps = Partial<Record<TemplateField, string>>;

interface Token {
  start: number;
  end: number;
  field: TemplateField;
  optional: boolean;
}

// A field is {{name}}, or {{name?}} when the message reads well without it; spaces inside the braces are allowed.
const BRACES = /\{\{([^{}]*)\}\}/g;
const FIELD = /^\s*([A-Za-z]+)(\?)?\s*$/;

function isField(name: string): name is TemplateField {
  return (TEMPLATE_FIELDS as readonly string[]).includes(name);
}

const fieldList = () => TEMPLATE_FIELDS.map((f) => `{{${f}}}`).join(', ');

/** The fields of one part of a template, and what is wrong with how it writes them. */
function scan(text: string, part: TemplateProblem['part']): { tokens: Token[]; problems: TemplateProblem[] } {
  const tokens: Token[] = [];
  const problems: TemplateProblem[] = [];
  let rest = '';
  let last = 0;
  for (const match of text.matchAll(BRACES)) {
    rest += text.slice(last, match.index);
    last = match.index + match[0].length;
    const written = match[1]!;
    const parsed = FIELD.exec(written);
    const name = parsed?.[1] ?? written.trim();
    if (parsed && isField(name)) {
      tokens.push({ start: match.index, end: last, field: name, optional: parsed[2] === '?' });
      continue;
    }
    const near = TEMPLATE_FIELDS.find((f) => f.toLowerCase() === name.replace(/[\s_-]/g, '').toLowerCase());
    const hint = near ? `Did you mean {{${near}}}?` : `The fields are ${fieldList()}.`;
    problems.push({
      part,
      field: name,
      message: `The ${part} uses {{${written}}}, which is not a field Politely knows. ${hint}`,
    });
  }
  rest += text.slice(last);
  if (rest.includes('{{') || rest.includes('}}')) {
    problems.push({
      part,
      message: `The ${part} has a brace pair that is not closed. Write a field with two braces each side, like {{firstName}}.`,
    });
  }
  return { tokens, problems };
}

/** What is wrong with a template as written, before any person fills it in: empty parts, long parts, unknown fields. */
export function templateProblems(template: TemplateText): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (!template.subject.trim()) problems.push({ part: 'subject', message: 'The subject is empty. Write a subject.' });
  if (/[\r\n]/.test(template.subject))
    problems.push({ part: 'subject', message: 'The subject is one line. Remove its line breaks.' });
  if (template.subject.length > SUBJECT_MAX)
    problems.push({ part: 'subject', message: `The subject can be at most ${SUBJECT_MAX} characters.` });
  if (!template.body.trim()) problems.push({ part: 'body', message: 'The message is empty. Write the message.' });
  if (template.body.length > BODY_MAX)
    problems.push({
      part: 'body',
      message: `The message can be at most ${BODY_MAX.toLocaleString('en-US')} characters.`,
    });
  problems.push(...scan(template.subject, 'subject').problems, ...scan(template.body, 'body').problems);
  return problems;
}

/** The fields a template uses, each once, in the order they first appear. */
export function templateFields(template: TemplateText): TemplateField[] {
  const seen = new Set<TemplateField>();
  for (const part of ['subject', 'body'] as const) for (const t of scan(template[part], part).tokens) seen.add(t.field);
  return [...seen];
}

export type Rendered = { ok: true; subject: string; body: string } | { ok: false; problems: TemplateProblem[] };

function fill(
  text: string,
  part: TemplateProblem['part'],
  values: MergeValues,
  gaps: MergeGaps,
  out: TemplateProblem[],
) {
  const { tokens } = scan(text, part);
  let result = '';
  let last = 0;
  const blankLines = new Set<number>();
  for (const token of tokens) {
    result += text.slice(last, token.start);
    last = token.end;
    const value = values[token.field]?.trim();
    if (value) {
      // A value is one line in the subject: a line break there would end the header.
      result += part === 'subject' ? value.replace(/\s*[\r\n]+\s*/g, ' ') : value;
      continue;
    }
    if (token.optional) {
      blankLines.add(result.split('\n').length - 1);
      continue;
    }
    const why = gaps[token.field] ?? 'Politely has no value for it.';
    out.push({ part, field: token.field, message: `{{${token.field}}} in the ${part} is empty: ${why}` });
  }
  result += text.slice(last);
  // A line that held only optional fields, all empty, goes rather than leave a blank line in a signature.
  return result
    .split('\n')
    .filter((line, i) => !(blankLines.has(i) && line.trim() === ''))
    .join('\n');
}

/**
 * The message a template makes with these values. A field written {{name}} must have a value; one written
 * {{name?}} may be empty (and a line left holding nothing is dropped). The same field missing twice is one problem.
 */
export function renderTemplate(template: TemplateText, values: MergeValues, gaps: MergeGaps = {}): Rendered {
  const written = templateProblems(template);
  if (written.length) return { ok: false, problems: written };
  const problems: TemplateProblem[] = [];
  const subject = fill(template.subject, 'subject', values, gaps, problems).trim();
  const body = fill(template.body, 'body', values, gaps, problems);
  const once = problems.filter((p, i) => problems.findIndex((q) => q.field === p.field) === i);
  return once.length ? { ok: false, problems: once } : { ok: true, subject, body };
}

/** First and last name from the name on file: the first word, and the rest (so "van Dijk" stays whole). */
export function splitName(fullName: string): { firstName: string; lastName: string } {
  const words = fullName.trim().split(/\s+/);
  return { firstName: words[0] ?? '', lastName: words.slice(1).join(' ') };
}
