/** <kpi-trend>'s strings, in English and French. `fr` is typed by `en`, so a string missing in one language is a type error. */
import type { Interval } from '../../engine/periods.js';
import type { Lang } from '../../i18n/strings.js';

const en = {
  metric: { csat: 'Satisfaction (CSAT)', nps: 'Net Promoter Score', ces: 'Customer effort (CES)' },
  by: { day: 'by day', week: 'by week', month: 'by month', quarter: 'by quarter' } satisfies Record<Interval, string>,
  /** "the previous week": what the latest period is compared with. */
  previous: { day: 'the previous day', week: 'the previous week', month: 'the previous month', quarter: 'the previous quarter' } satisfies Record<Interval, string>,
  periods: { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters' } satisfies Record<Interval, string>,
  /** "vs the previous week": the comparison, as the change sentence says it (French needs "au mois", "à la semaine"). */
  versus: { day: 'vs the previous day', week: 'vs the previous week', month: 'vs the previous month', quarter: 'vs the previous quarter' } satisfies Record<Interval, string>,
  title: (metric: string, by: string) => `${metric} ${by}`,
  weekOf: (date: string) => `week of ${date}`,
  quarter: (q: number, year: number) => `Q${q} ${year}`,
  /** Points after a change: NPS and CSAT move in points, CES on its own scale. */
  points: (delta: string) => `${delta} pts`,
  change: (delta: string, versus: string, significant: boolean, lo: string, hi: string) =>
    `${delta} ${versus}, ${significant ? 'significant' : 'not significant'}: ${lo} … ${hi}`,
  noChange: (previous: string) => `no comparison with ${previous}: too few answers in one of them`,
  automatic: (by: string) => `${by}, chosen from the span of the data`,
  undated: (n: string, one: boolean) => `${n} ${one ? 'answer' : 'answers'} without a date left out`,
  thin: (min: string) => `hollow points: fewer than ${min} answers, left out of the change`,
  moreGroups: (shown: number, all: number) => `the ${shown} largest of ${all} channels`,
  target: (t: string) => `target ${t}`,
  n: (n: string) => `n = ${n}`,
  interval: '95 % interval',
  noGroup: '(none)',
  lowerIsEasier: 'lower is easier (better)',
  summary: (title: string, count: number, periods: string, from: string, to: string) => `${title}, ${count} ${periods} from ${from} to ${to}`,
  latest: (period: string, value: string, n: string) => `latest ${period}: ${value} (n = ${n})`,
  point: (period: string, value: string, n: string, lo: string, hi: string) => `${period}: ${value}, n = ${n}, 95 % ${lo} … ${hi}`,
  noAnswer: (period: string) => `${period}: no answer`,
  periodsLabel: 'Periods',
  table: { caption: (title: string) => `${title}: figures`, period: 'Period', series: 'Channel', score: 'Score', n: 'Answers' },
};

export type TrendStrings = typeof en;

const fr: TrendStrings = {
  metric: { csat: 'Satisfaction (CSAT)', nps: 'Net Promoter Score', ces: 'Effort client (CES)' },
  by: { day: 'par jour', week: 'par semaine', month: 'par mois', quarter: 'par trimestre' },
  previous: { day: 'la veille', week: 'la semaine précédente', month: 'le mois précédent', quarter: 'le trimestre précédent' },
  periods: { day: 'jours', week: 'semaines', month: 'mois', quarter: 'trimestres' },
  versus: { day: 'par rapport à la veille', week: 'par rapport à la semaine précédente', month: 'par rapport au mois précédent', quarter: 'par rapport au trimestre précédent' },
  title: (metric, by) => `${metric} ${by}`,
  weekOf: (date) => `semaine du ${date}`,
  quarter: (q, year) => `T${q} ${year}`,
  points: (delta) => `${delta} pts`,
  change: (delta, versus, significant, lo, hi) => `${delta} ${versus}, ${significant ? 'significatif' : 'non significatif'} : ${lo} … ${hi}`,
  noChange: (previous) => `pas de comparaison avec ${previous} : trop peu de réponses dans l’une des deux périodes`,
  automatic: (by) => `${by}, choisi d’après la durée couverte par les données`,
  undated: (n, one) => `${n} ${one ? 'réponse sans date laissée' : 'réponses sans date laissées'} de côté`,
  thin: (min) => `points creux : moins de ${min} réponses, hors calcul de l’évolution`,
  moreGroups: (shown, all) => `les ${shown} plus grands des ${all} canaux`,
  target: (t) => `objectif ${t}`,
  n: (n) => `n = ${n}`,
  interval: 'intervalle à 95 %',
  noGroup: '(aucun)',
  lowerIsEasier: 'plus bas = plus facile (mieux)',
  summary: (title, count, periods, from, to) => `${title}, ${count} ${periods} du ${from} au ${to}`,
  latest: (period, value, n) => `dernière période, ${period} : ${value} (n = ${n})`,
  point: (period, value, n, lo, hi) => `${period} : ${value}, n = ${n}, 95 % ${lo} … ${hi}`,
  noAnswer: (period) => `${period} : aucune réponse`,
  periodsLabel: 'Périodes',
  table: { caption: (title) => `${title} : chiffres`, period: 'Période', series: 'Canal', score: 'Score', n: 'Réponses' },
};

export const TREND_STRINGS: Record<Lang, TrendStrings> = { en, fr };
