// What each merge field says for one person, and, where it has nothing to say, why: the message names the gap.
import { longLocal } from './packet';
import { splitName, type MergeGaps, type MergeValues } from './templates';

export interface MergeSources {
  person: { name: string; kind: 'candidate' | 'contact'; timezone: string | null; companyName: string | null };
  /** The application the message is about, or why there is none to choose. */
  application: { positionTitle: string; companyName: string } | { missing: 'none' | 'several'; count: number };
  /** Its next interview, else its latest; null when none is booked (or all were cancelled). */
  interview: { startsAt: string; timezone: string } | null;
  recruiter: { name: string | null; email: string | null; phone: string | null };
}

const yourDetails = (what: string) => `your ${what} is not filled in. Add it under Settings → Your details.`;

/**
 * The values and the reasons for the gaps. The interview's time is shown on the reader's clock (their zone on
 * file, else the interview's own) with the zone named, as the interview page shows it.
 */
export function mergeValues(sources: MergeSources): { values: MergeValues; gaps: MergeGaps } {
  const { person, application, interview, recruiter } = sources;
  const values: MergeValues = { fullName: person.name, ...splitName(person.name) };
  const gaps: MergeGaps = {};
  if (!values.lastName) {
    gaps.lastName =
      `the name on file, ${person.name}, is one word, so there is no last name. ` +
      'Use {{fullName}}, or write {{lastName?}} where the message reads well without it.';
  }
  if ('positionTitle' in application) {
    values.position = application.positionTitle;
    values.company = application.companyName;
  } else {
    const why =
      application.missing === 'several'
        ? `${person.name} has ${application.count} open applications. Choose the one this message is about.`
        : `${person.name} has no open application, so there is no position to name. ` +
          'Add them to a position first, or choose another template.';
    gaps.position = why;
    if (person.kind === 'contact' && person.companyName) values.company = person.companyName;
    else gaps.company = person.kind === 'contact' ? `${person.name} has no company on file.` : why;
  }
  if (interview) {
    const zone = person.timezone ?? interview.timezone;
    values.interviewTime = `${longLocal(interview.startsAt, zone)} (${zone})`;
  } else {
    gaps.interviewTime =
      'positionTitle' in application
        ? `no interview is booked for ${application.positionTitle} at ${application.companyName}. Schedule it first.`
        : (gaps.position ?? 'no interview is booked.');
  }
  if (recruiter.name) values.recruiterName = recruiter.name;
  else gaps.recruiterName = yourDetails('name');
  if (recruiter.email) values.recruiterEmail = recruiter.email;
  else gaps.recruiterEmail = yourDetails('email address');
  if (recruiter.phone) values.recruiterPhone = recruiter.phone;
  else gaps.recruiterPhone = yourDetails('phone number');
  return { values, gaps };
}
