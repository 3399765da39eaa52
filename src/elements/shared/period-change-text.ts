/**
 * What `compare="previous"` says, loaded only when an element asks for it
 * (period-change.ts): the trend engine, `change()`, and the sentences in both
 * languages.
 */
import { change, type ChangeResult } from '../../engine/change.js';
import type { Interval } from '../../engine/periods.js';
import { trend } from '../../engine/trend.js';
import { formatSigned } from '../../i18n/format.js';
import type { Lang } from '../../i18n/strings.js';
import type { ChangeRequest } from './period-change.js';

const en = {
  versus: { day: 'vs the previous day', week: 'vs the previous week', month: 'vs the previous month', quarter: 'vs the previous quarter' } satisfies Record<Interval, string>,
  up: 'significant rise',
  down: 'significant fall',
  none: 'no significant change',
  single: (versus: string) => `no previous period to compare (${versus.replace(/^vs /, '')})`,
  points: (delta: string) => `${delta} pts`,
  unavailable: (reason: string) => `no change to show: ${reason}`,
};
const fr: typeof en = {
  versus: { day: 'par rapport à la veille', week: 'par rapport à la semaine précédente', month: 'par rapport au mois précédent', quarter: 'par rapport au trimestre précédent' },
  up: 'hausse significative',
  down: 'baisse significative',
  none: 'pas de changement significatif',
  single: (versus) => `pas de période précédente à comparer (${versus.replace(/^par rapport /, '')})`,
  points: (delta) => `${delta} pts`,
  unavailable: (reason) => `pas d’évolution à montrer : ${reason}`,
};
export const CHANGE_STRINGS: Record<Lang, typeof en> = { en, fr };

/**
 * "▲ significant rise: +4.2 pts vs the previous week (95 %: +1.1 … +7.3)",
 * "no significant change: +1.2 pts vs the previous week (95 %: −3.1 … +5.5)":
 * the direction in words and symbol (▲ / ▼), never by colour alone.
 */
export function changeSentence(c: ChangeResult | null, interval: Interval, lang: Lang, format: (delta: number) => string): string {
  const s = CHANGE_STRINGS[lang];
  const versus = s.versus[interval];
  if (!c || c.delta === null || c.low === null || c.high === null) return s.single(versus);
  const what = c.significant ? (c.delta > 0 ? `▲ ${s.up}` : `▼ ${s.down}`) : s.none;
  return `${what}${lang === 'fr' ? ' :' : ':'} ${format(c.delta)} ${versus} (95 %${lang === 'fr' ? ' :' : ':'} ${format(c.low)} … ${format(c.high)})`;
}

/**
 * Each group's sentence (`''`: every answer) for the latest period against the one before.
 * Input the trend refuses (an `at` that is no instant) is said once, under `''`, naming the field.
 */
export function describeChanges(request: ChangeRequest): Map<string, string> {
  const { doc, metric, by, lang, ...options } = request;
  let result: ReturnType<typeof trend>;
  try {
    result = trend(doc, metric, { ...options, by });
  } catch (error) {
    return new Map([['', CHANGE_STRINGS[lang].unavailable(String((error as Error).message ?? error))]]);
  }
  const format = (v: number) => (metric === 'ces' ? formatSigned(v, lang, 2) : `${formatSigned(v, lang)} pts`);
  const latest = (rows: typeof result.rows) => {
    const [previous, current] = [rows.at(-2), rows.at(-1)];
    return changeSentence(previous && current ? change(metric, previous, current) : null, options.interval, lang, format);
  };
  const sentences = new Map<string, string>([['', latest(result.rows)]]);
  for (const series of result.series ?? []) sentences.set(series.key, latest(series.rows));
  return sentences;
}
