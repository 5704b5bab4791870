import { OPEN_STAGES, type OpenStage, type Stage } from './model';

export function isOpenStage(stage: Stage): stage is OpenStage {
  return (OPEN_STAGES as readonly string[]).includes(stage);
}

/**
 * Whether an application is open: still in progress, neither placed nor closed. The one meaning of an "open
 * application" wherever Politely counts them (the board's heading, a person's page, the queue): a placed one has
 * ended well, as a closed one has ended otherwise, though the board still shows it in its own column.
 */
export function isOpenApplication(stage: Stage): boolean {
  return stage !== 'placed' && stage !== 'closed';
}

/** How many applications are open, given how many are at each stage. */
export function countOpenApplications(atStage: Partial<Record<Stage, number>>): number {
  return (Object.entries(atStage) as [Stage, number][]).reduce(
    (sum, [stage, count]) => (isOpenApplication(stage) ? sum + count : sum),
    0,
  );
}

/** The open stage one step forward (+1) or back (-1), or null at either end. */
export function neighbourStage(stage: Stage, step: 1 | -1): OpenStage | null {
  if (!isOpenStage(stage)) return null;
  const next = OPEN_STAGES[OPEN_STAGES.indexOf(stage) + step];
  return next ?? null;
}

export type MoveRefusal = { code: 'conflict'; message: string };

/**
 * Whether an application may move from one stage to another. Closing goes through its own
 * action (it needs a reason); a closed application stays closed, and considering the candidate
 * again starts a new application, so the history of the old one stays true.
 */
export function checkMove(from: Stage, to: Stage): MoveRefusal | null {
  if (from === 'closed') {
    return {
      code: 'conflict',
      message: 'This application is closed. Open a new application to consider this candidate again.',
    };
  }
  if (to === 'closed') {
    return { code: 'conflict', message: 'Closing an application needs a reason: use Close instead of moving it.' };
  }
  if (from === to) {
    return { code: 'conflict', message: 'The application is already at this stage.' };
  }
  return null;
}
