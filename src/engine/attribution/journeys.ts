/**
 * Turns every accepted journey form (`string[]`, `"a > b"`, touches with times;
 * one row per customer or per distinct path) into one shape: channel indices
 * per path with summed counts. Every model reads this shape, which is why raw
 * rows and pre-counted paths give the same figures.
 */
import { fieldError, finite, nonNegative } from '../errors.js';

/** A touch of a journey; `at` (ISO time) is needed by `time-decay` only. */
export interface TouchInput {
  channel: string;
  at?: string;
}

/** One journey row as the engine accepts it (a `Journey` of the schema fits). */
export interface JourneyInput {
  /** `["display", "email"]`, `"display > email"`, or touches with times. */
  path: string | readonly string[] | readonly TouchInput[];
  /** Journeys on this path that converted (or conversions of this customer). */
  conversions: number;
  /** Total value of those conversions. Default 0. */
  value?: number;
  /** Journeys on this path that did not convert. Default 0. */
  nulls?: number;
  /** When the conversion happened (ISO time); `time-decay` counts back from it. */
  convertedAt?: string;
}

/** Journeys as a list, or a document with a `journeys` key. */
export type JourneysInput = readonly JourneyInput[] | { journeys?: readonly JourneyInput[] };

/** One distinct path (or one timed journey) with its summed counts. */
export interface PathCounts {
  /** Channel indices into `Journeys.channels`, in touch order. */
  touches: number[];
  conversions: number;
  value: number;
  nulls: number;
  /**
   * Days from each touch back from the conversion, when every touch has `at`
   * and the row has `convertedAt`; otherwise the field that lacks a time
   * (reported only if `time-decay` is asked for and the path converts).
   */
  ages: number[] | string;
  /** The input row of a journey kept apart for its own touch times (`ages` is a list). */
  row?: number;
}

export interface Journeys {
  /** Channel names in order of first appearance; results follow this order. */
  channels: string[];
  paths: PathCounts[];
  conversions: number;
  value: number;
  nulls: number;
}

const DAY_MS = 86_400_000;

/** Reads and checks every row; merges rows on the same path unless they carry their own times. */
export function normalizeJourneys(input: JourneysInput): Journeys {
  const rows = Array.isArray(input) ? (input as readonly JourneyInput[]) : ((input as { journeys?: readonly JourneyInput[] }).journeys ?? []);
  const out: Journeys = { channels: [], paths: [], conversions: 0, value: 0, nulls: 0 };
  const channelIndex = new Map<string, number>();
  const byKey = new Map<string, PathCounts>();
  const indexOf = (name: string) => {
    let i = channelIndex.get(name);
    if (i === undefined) {
      channelIndex.set(name, (i = out.channels.length));
      out.channels.push(name);
    }
    return i;
  };

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row === null || typeof row !== 'object') throw fieldError(`journeys[${r}]`, 'must be an object');
    const conversions = count(row.conversions, r, 'conversions');
    const nulls = row.nulls === undefined ? 0 : count(row.nulls, r, 'nulls');
    const value = row.value === undefined ? 0 : Number.isFinite(row.value) ? row.value : finite(`journeys[${r}].value`, row.value);
    const touches = channelIndices(row.path, r, indexOf);
    const ages = typeof row.path === 'string' || typeof row.path[0] !== 'object' ? null : agesOf(row, r);
    if (Array.isArray(ages)) {
      out.paths.push({ touches, conversions, value, nulls, ages, row: r });
      continue;
    }
    // Rows without their own times merge; keep the first field a converting row lacks, the one time-decay would name.
    const key = touches.join(',');
    const seen = byKey.get(key);
    if (seen) {
      seen.conversions += conversions;
      seen.value += value;
      seen.nulls += nulls;
      if (conversions > 0 && seen.conversions === conversions) seen.ages = ages ?? `journeys[${r}].path[0].at`;
    } else {
      const path: PathCounts = { touches, conversions, value, nulls, ages: ages ?? `journeys[${r}].path[0].at` };
      byKey.set(key, path);
      out.paths.push(path);
    }
  }
  // Totals from the merged paths, not row by row: rows already merged elsewhere (a warehouse's
  // `group by path`, compactDocument) then add up in the same order, to the same last bit.
  for (const p of out.paths) {
    out.conversions += p.conversions;
    out.value += p.value;
    out.nulls += p.nulls;
  }
  // Counts near Number.MAX_VALUE add up to Infinity, and every share would then be NaN.
  if (!Number.isFinite(out.conversions + out.nulls) || !Number.isFinite(out.value)) throw fieldError('journeys', 'the totals are too large to add up');
  return out;
}

/** A count ≥ 0; the field is named only on failure, so the common case builds no string. */
function count(value: number, r: number, name: string): number {
  return typeof value === 'number' && value >= 0 && value < Infinity ? value : nonNegative(`journeys[${r}].${name}`, value);
}

/** Channel indices of one path, names trimmed; an empty name is an error naming its position. */
function channelIndices(path: JourneyInput['path'], r: number, indexOf: (name: string) => number): number[] {
  const parts: readonly (string | TouchInput)[] = typeof path === 'string' ? path.split('>') : path;
  if (!Array.isArray(parts) || parts.length === 0) throw fieldError(`journeys[${r}].path`, 'must be a non-empty list of channels or "a > b"');
  const touches = new Array<number>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const name = typeof part === 'string' ? part : part !== null && typeof part === 'object' ? part.channel : undefined;
    if (typeof name !== 'string') throw fieldError(`journeys[${r}].path[${i}]`, 'must be a channel name or { channel, at }');
    const trimmed = name.trim();
    if (trimmed === '') throw fieldError(`journeys[${r}].path[${i}]${typeof part === 'string' ? '' : '.channel'}`, 'empty channel name');
    touches[i] = indexOf(trimmed);
  }
  return touches;
}

/** Days from each touch to the conversion, or the field that prevents it. */
function agesOf(row: JourneyInput, r: number): number[] | string {
  const field = `journeys[${r}]`;
  const touches = row.path as readonly TouchInput[];
  const missing = touches.findIndex((t) => typeof t.at !== 'string');
  if (missing >= 0) return `${field}.path[${missing}].at`;
  if (row.convertedAt === undefined) return `${field}.convertedAt`;
  const end = time(row.convertedAt, `${field}.convertedAt`);
  return touches.map((t, i) => {
    const age = (end - time(t.at!, `${field}.path[${i}].at`)) / DAY_MS;
    if (age < 0) throw fieldError(`${field}.path[${i}].at`, `touch after the conversion (${row.convertedAt})`);
    return age;
  });
}

function time(iso: string, field: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw fieldError(field, `not a date-time: ${JSON.stringify(iso)}`);
  return t;
}
