/**
 * Where the time of an import goes, stage by stage, for `npm run bench` (issue 16: measure
 * before speeding up). A `StageTimings` is plain data: milliseconds by stage, summed over the
 * files of a run. Stages take one optionally and add to it; nothing is timed when none is given.
 */

/** In the order a file goes through them. */
export const STAGES = ['read', 'hash', 'open', 'text', 'operators', 'rebuild', 'recognise', 'match', 'store'] as const;

export type StageName = (typeof STAGES)[number];

export type StageTimings = Partial<Record<StageName, number>>;

export function addTime(timings: StageTimings | undefined, stage: StageName, ms: number): void {
  if (timings) timings[stage] = (timings[stage] ?? 0) + ms;
}

/** Runs `work`, adding its time to `stage`. */
export function timed<T>(timings: StageTimings | undefined, stage: StageName, work: () => T): T {
  if (!timings) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    addTime(timings, stage, performance.now() - started);
  }
}

/** Runs `work`, adding the time until it settles to `stage`. */
export async function timedAsync<T>(timings: StageTimings | undefined, stage: StageName, work: () => Promise<T>): Promise<T> {
  if (!timings) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    addTime(timings, stage, performance.now() - started);
  }
}

export function addTimings(into: StageTimings, from: StageTimings): void {
  for (const stage of STAGES) if (from[stage] !== undefined) addTime(into, stage, from[stage]);
}
