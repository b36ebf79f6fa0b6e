/**
 * The time of an import by stage (common/stage-timings.ts), as the bench prints it: milliseconds
 * a page and share of the whole. The times are each thread's own clock while it did that stage,
 * summed over the files: parse stages run in the workers side by side, `store` on the main
 * thread, so the total is more than the wall time of the import, and on a loaded machine each
 * stage is stretched alike; the shares are what to compare between runs.
 */
import { STAGES, type StageTimings } from '../../common/stage-timings.js';

export interface StageRow {
  stage: string;
  msPerPage: number;
  share: number;
}

export function stageRows(timings: StageTimings, pages: number): StageRow[] {
  const total = STAGES.reduce((sum, stage) => sum + (timings[stage] ?? 0), 0);
  if (total === 0 || pages === 0) return [];
  return STAGES.filter((stage) => timings[stage] !== undefined).map((stage) => ({ stage, msPerPage: timings[stage]! / pages, share: timings[stage]! / total }));
}
