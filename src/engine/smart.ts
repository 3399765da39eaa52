/**
 * SMART targets (DESIGN.md §3): specific (a KPI and its labels), measurable (a
 * target and a direction), time-bound (a baseline at `from`, a deadline `by`),
 * and where a figure stands against one today.
 */
import * as z from 'zod/mini';
import { parsePeriod } from './periods.js';
import { LabelSchema, oneOf } from './schemas.js';

export const SMART_STATUSES = ['met', 'on-track', 'behind', 'not-met'] as const;
/** `not-met`: below a target that has no deadline, where on track or behind has no meaning. */
export type SmartStatus = (typeof SMART_STATUSES)[number];

const DaySchema = z.string().check((ctx) => {
  if (parsePeriod(ctx.value)?.interval !== 'day') ctx.issues.push({ code: 'custom', input: ctx.value, message: 'must be a date YYYY-MM-DD', params: { kind: 'date' } });
});

export const TargetSchema = z
  .object({
    kpi: LabelSchema,
    channel: z.optional(LabelSchema),
    touchpoint: z.optional(LabelSchema),
    stage: z.optional(LabelSchema),
    target: z.number(),
    /** `above`: met at or above the target; `below`: at or below. Default: the KPI's better side. */
    direction: z.optional(oneOf(['above', 'below'] as const)),
    baseline: z.optional(z.number()),
    from: z.optional(DaySchema),
    by: z.optional(DaySchema),
  })
  .check((ctx) => {
    const { from, by, baseline } = ctx.value;
    if (from !== undefined && by !== undefined && parsePeriod(from)!.index >= parsePeriod(by)!.index) {
      ctx.issues.push({ code: 'custom', input: by, path: ['by'], message: `must be after from (${from})`, params: { kind: 'after', after: from } });
    }
    if ((baseline === undefined) !== (from === undefined)) {
      ctx.issues.push({ code: 'custom', input: baseline ?? from, path: [baseline === undefined ? 'baseline' : 'from'], message: 'baseline and from go together (the value at that date)', params: { kind: 'pair' } });
    }
  });
export type Target = z.infer<typeof TargetSchema>;
export const TargetsSchema = z.array(TargetSchema);

/**
 * Where `value` stands against `target` on `today` (`YYYY-MM-DD`):
 *
 * - `met`: on the target's side, `value ≥ target` (`direction: 'above'`) or `value ≤ target` (`'below'`);
 * - without `by`: `not-met` otherwise (no deadline, so no pace to keep);
 * - `on-track`: not met, but at or past the straight line from `baseline` at `from` to
 *   `target` at `by`: `expected = baseline + (target − baseline) · clamp((today − from) / (by − from), 0, 1)`
 *   (days), and `value ≥ expected` above, `value ≤ expected` below. Before `from` the line is
 *   at the baseline; on and after `by` it is the target itself, so not met is behind.
 *   Without a baseline the line is the target all along;
 * - `behind`: otherwise.
 */
export function smartStatus(value: number, target: Pick<Target, 'target' | 'direction' | 'baseline' | 'from' | 'by'>, today: string, better: 'higher' | 'lower' = 'higher'): SmartStatus {
  const above = (target.direction ?? (better === 'lower' ? 'below' : 'above')) === 'above';
  const reaches = (line: number) => (above ? value >= line : value <= line);
  if (reaches(target.target)) return 'met';
  if (target.by === undefined) return 'not-met';
  let expected = target.target;
  if (target.baseline !== undefined && target.from !== undefined) {
    const day = parsePeriod(today)?.index;
    if (day === undefined) throw new RangeError(`today: must be a date YYYY-MM-DD, got ${JSON.stringify(today)}`);
    const from = parsePeriod(target.from)!.index;
    const by = parsePeriod(target.by)!.index;
    const done = Math.min(1, Math.max(0, (day - from) / (by - from)));
    expected = target.baseline + (target.target - target.baseline) * done;
  }
  return reaches(expected) ? 'on-track' : 'behind';
}

/** Whether `value` is on the target's side (for `kpi-threshold` crossings). */
export const meetsTarget = (value: number, target: Pick<Target, 'target' | 'direction'>, better: 'higher' | 'lower' = 'higher'): boolean =>
  (target.direction ?? (better === 'lower' ? 'below' : 'above')) === 'above' ? value >= target.target : value <= target.target;

/**
 * The seeds' targets, used by a tile without one of its own: FCR > 70 %, transfer < 10 %,
 * self-care ≥ 30 %, abandonment < 10 %, NPS > 30, CES ≤ 3 on 1 (easy)–7 (only when lower is
 * easier), response time chat < 1 min, social < 4 h, email < 24 h (only for those channels).
 */
export function seedTarget(kpi: string, { channel, lowerIsEasier = false }: { channel?: string; lowerIsEasier?: boolean } = {}): Target | undefined {
  const seeds: Record<string, Target> = {
    fcr: { kpi, target: 70, direction: 'above' },
    transfer: { kpi, target: 10, direction: 'below' },
    'self-care': { kpi, target: 30, direction: 'above' },
    abandonment: { kpi, target: 10, direction: 'below' },
    nps: { kpi, target: 30, direction: 'above' },
  };
  if (kpi === 'ces' && lowerIsEasier) return { kpi, target: 3, direction: 'below' };
  if (kpi === 'response-time') {
    const seconds = channel === undefined ? undefined : ({ chat: 60, social: 4 * 3600, email: 24 * 3600 } as Record<string, number>)[channel];
    return seconds === undefined ? undefined : { kpi, channel, target: seconds, direction: 'below' };
  }
  return Object.hasOwn(seeds, kpi) ? seeds[kpi] : undefined;
}
