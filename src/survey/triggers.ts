/**
 * When a survey shows: not at all if the visitor is outside the sample or (with
 * `once`) has seen it before; otherwise after `delay` seconds. "Seen" is
 * remembered per survey id when the survey is shown, not when answered: a
 * visitor who ignored it is not asked again.
 */
import { localStore, read, write } from './storage.js';
import { inSample, visitorId } from './sampling.js';

export interface TriggerOptions {
  surveyId: string;
  /** 0–1; 1 asks everyone. */
  sample: number;
  once: boolean;
  userId?: string | null;
  storage?: Storage | undefined;
}

export function shouldAsk({ surveyId, sample, once, userId, storage = localStore() }: TriggerOptions): boolean {
  // No visitor id is made (or stored) unless sampling needs one.
  return (sample >= 1 || inSample(sample, surveyId, visitorId(userId, storage))) && !(once && read(storage, `seen:${surveyId}`));
}

export function markSeen(surveyId: string, storage = localStore()): void {
  write(storage, `seen:${surveyId}`, '1');
}
