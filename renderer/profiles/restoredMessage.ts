import { formatDayTime } from '../dates';

/**
 * What a restore brought back, said once the profile is open: whose data, and from when. A bare database file from
 * an earlier Politely does not say when it was saved.
 */
export function restoredMessage(
  name: string,
  { savedAt, from, replaced }: { savedAt: string | null; from: 'copy' | 'backup'; replaced: boolean },
): string {
  const what = from === 'copy' ? 'backup copy' : 'automatic backup';
  const when = savedAt ? ` saved on ${formatDayTime(savedAt, new Date())}` : '';
  const kept = replaced ? ' The data it replaced is kept beside it, in case you need it.' : '';
  return `Restored ${name} from the ${what}${when}.${kept}`;
}
