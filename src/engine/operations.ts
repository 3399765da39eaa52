/**
 * Customer-service operations KPIs over simple counts, so a warehouse aggregate
 * (one row of sums per channel and period) feeds them as well as raw data.
 * Rates are in percent. Targets are the seeds' (DialOnce, "Quels KPIs suivre
 * pour mesurer la performance de sa relation client omnicanale ?", 2025).
 */
import { channelName as label, fieldError, nonNegative } from './errors.js';
import { percent, type KpiFigure } from './kpi-figure.js';

/** The seeds' targets, for scorecards and target lines (rates in percent, times in seconds). */
export const OPERATIONS_TARGETS = {
  /** FCR above 70 %, ideally about 80 %. */
  firstContactResolution: { min: 70, ideal: 80 },
  /** Fewer than 10 % of requests transferred. */
  transferRate: { max: 10 },
  /** 30 to 50 % of simple requests resolved by self-care. */
  selfCareResolution: { min: 30, ideal: 50 },
  /** Below 5 to 10 % abandoned before resolution. */
  abandonment: { max: 10, ideal: 5 },
} as const;

/** Mean response time targets per channel, in seconds: chat < 1 min, social < 4 h, email < 24 h. */
export const RESPONSE_TIME_TARGETS: Readonly<Record<string, number>> = { chat: 60, social: 4 * 3600, email: 24 * 3600 };

/**
 * First-contact resolution: `100 · resolvedFirst / contacts`, the share of
 * requests solved in the first exchange, with no follow-up or change of channel.
 * Seed target: > 70 %, ideally ≈ 80 %. n = contacts.
 */
export function firstContactResolution({ resolvedFirst, contacts }: { resolvedFirst: number; contacts: number }): KpiFigure {
  return percent('resolvedFirst', resolvedFirst, 'contacts', contacts);
}

/**
 * Containment ("taux de contact contenu"): `100 · contained / contacts`, the
 * share of contacts after which the customer did not need to come back for the
 * same issue (with bot contacts as input: those never handed to an agent).
 * The seeds give no figure; higher is better. n = contacts.
 */
export function containment({ contained, contacts }: { contained: number; contacts: number }): KpiFigure {
  return percent('contained', contained, 'contacts', contacts);
}

/**
 * Transfer rate: `100 · transferred / contacts`, requests that had to move to
 * another channel (AI agent → phone…) to get an answer. Seed target: < 10 %. n = contacts.
 */
export function transferRate({ transferred, contacts }: { transferred: number; contacts: number }): KpiFigure {
  return percent('transferred', transferred, 'contacts', contacts);
}

export interface ChannelTransfer {
  from: string;
  to: string;
  /** Contacts moved from `from` to `to`. */
  count: number;
}

export interface TransferRateRow extends KpiFigure {
  from: string;
  to: string;
  transferred: number;
}

/**
 * Transfer rate between each pair of channels: `100 · count(from → to) / contacts[from]`,
 * n = contacts of the origin channel. The transfers out of one channel cannot
 * add up to more than its contacts. Seed target (all pairs together): < 10 %.
 */
export function transferRates(transfers: readonly ChannelTransfer[], contacts: Readonly<Record<string, number>>): TransferRateRow[] {
  const out = new Map<string, number>();
  const rows = transfers.map((t, i) => {
    const from = label(`transfers[${i}].from`, t.from);
    const to = label(`transfers[${i}].to`, t.to);
    const count = nonNegative(`transfers[${i}].count`, t.count);
    if (!Object.hasOwn(contacts, from)) throw fieldError(`contacts.${from}`, 'missing: the contacts of every origin channel are needed');
    const total = nonNegative(`contacts.${from}`, contacts[from]);
    out.set(from, (out.get(from) ?? 0) + count);
    if (out.get(from)! > total) throw fieldError(`transfers[${i}].count`, `transfers out of ${from} exceed its contacts (${total})`);
    return { from, to, transferred: count, value: total > 0 ? (100 * count) / total : null, n: total };
  });
  return rows;
}

/**
 * Self-care resolution: `100 · resolved / attempts`, requests customers solved
 * themselves (FAQ, AI agent, help pages) out of those who tried.
 * Seed target: at least 30 to 50 % of simple requests. n = attempts.
 */
export function selfCareResolution({ resolved, attempts }: { resolved: number; attempts: number }): KpiFigure {
  return percent('resolved', resolved, 'attempts', attempts);
}

/**
 * Abandonment before resolution: `100 · abandoned / started`, journeys left
 * before an answer or a solution. Seed target: below 5 to 10 %. n = started.
 */
export function abandonment({ abandoned, started }: { abandoned: number; started: number }): KpiFigure {
  return percent('abandoned', abandoned, 'started', started);
}

/** One response time (`seconds`), or a pre-summed group of them (`totalSeconds` over `count`). */
export type ResponseTimeInput = { channel: string; seconds: number } | { channel: string; totalSeconds: number; count: number };

export interface ResponseTimeRow {
  channel: string;
  /** Mean response time in seconds: `Σ seconds / n`; `null` when n = 0. */
  mean: number | null;
  /** Median in seconds, from raw times only; `null` once a pre-summed row is mixed in. */
  median: number | null;
  n: number;
  /** The seeds' target for this channel, in seconds (chat 60, social 14 400, email 86 400), else `null`. */
  target: number | null;
  /** `mean < target`; `null` without a target or a mean. */
  withinTarget: boolean | null;
}

/**
 * Mean and median response time per channel, in seconds. Mean `Σ seconds / n`;
 * median the middle time (mean of the two middle ones for even n).
 * Seed targets: chat < 1 min, social < 4 h, email < 24 h (channel names matched
 * case-insensitively; pass `targets` for others).
 */
export function responseTimes(
  rows: readonly ResponseTimeInput[],
  { targets = RESPONSE_TIME_TARGETS }: { targets?: Readonly<Record<string, number>> } = {},
): ResponseTimeRow[] {
  const groups = new Map<string, { sum: number; n: number; times: number[] | null }>();
  rows.forEach((row, i) => {
    const channel = label(`rows[${i}].channel`, row.channel);
    let group = groups.get(channel);
    if (!group) groups.set(channel, (group = { sum: 0, n: 0, times: [] }));
    if ('seconds' in row) {
      const s = nonNegative(`rows[${i}].seconds`, row.seconds);
      group.sum += s;
      group.n += 1;
      group.times?.push(s);
    } else {
      group.sum += nonNegative(`rows[${i}].totalSeconds`, row.totalSeconds);
      group.n += nonNegative(`rows[${i}].count`, row.count);
      group.times = null;
    }
  });
  return [...groups].map(([channel, { sum, n, times }]) => {
    const mean = n > 0 ? sum / n : null;
    const target = targetFor(targets, channel);
    return { channel, mean, median: times ? median(times) : null, n, target, withinTarget: target === null || mean === null ? null : mean < target };
  });
}

function targetFor(targets: Readonly<Record<string, number>>, channel: string): number | null {
  const key = Object.keys(targets).find((k) => k.toLowerCase() === channel.toLowerCase());
  return key === undefined ? null : targets[key]!;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
