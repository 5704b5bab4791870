// The names of every channel, with no dependencies, so the sandboxed preload can allow-list them.
// contract.ts checks at compile time that this list and the contract table agree.
export const CHANNEL_NAMES = [
  'system.info',
  'companies.create',
  'companies.get',
  'companies.update',
  'companies.list',
  'people.create',
  'people.get',
  'people.update',
  'people.list',
  'positions.create',
  'positions.get',
  'positions.update',
  'positions.list',
  'applications.create',
  'applications.move',
  'applications.close',
  'applications.board',
  'touches.log',
  'touches.list',
  'followups.check',
  'followups.state',
  'queue.today',
  'reports.overrides',
  'reports.breadth',
  'reports.debriefs',
  'interviews.schedule',
  'interviews.get',
  'interviews.list',
  'interviews.reschedule',
  'interviews.cancel',
  'interviews.feedbackDone',
  'prep.get',
  'prep.update',
  'prep.exportPacket',
  'debriefs.record',
  'recruiter.get',
  'recruiter.update',
  'settings.get',
  'settings.update',
  'signals.classify',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name);
}
