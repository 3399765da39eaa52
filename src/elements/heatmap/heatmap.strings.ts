/** <kpi-heatmap>'s strings, in English and French. `fr` is typed by `en`, so a string missing in one language is a type error. */
import type { Dimension } from '../../engine/by-groups.js';
import type { Metric } from '../../engine/schemas.js';
import type { Lang } from '../../i18n/strings.js';

const en = {
  metric: { nps: 'NPS', csat: 'CSAT', ces: 'CES' } satisfies Record<Metric, string>,
  dimension: { channel: 'channel', touchpoint: 'touchpoint', stage: 'stage', period: 'period' } satisfies Record<Dimension, string>,
  /** "NPS by touchpoint and stage". */
  title: (metric: string, rows: string, columns: string) => `${metric} by ${rows} and ${columns}`,
  caption: (metric: string, rows: string, columns: string) => `${metric}: ${rows} in rows, ${columns} in columns; each cell gives the score and its number of answers.`,
  noGroup: '(none)',
  worse: 'worse',
  better: 'better',
  n: (n: string) => `n = ${n}`,
  /** Under min-n: "n = 12 < 30". */
  thin: (n: string, min: string) => `n = ${n} < ${min}`,
  noAnswer: 'no answer',
  /** A cell read aloud: "phone, after-sale: NPS −12, n = 84, 95 %: −30 … +6". */
  cell: (row: string, column: string, metric: string, score: string, n: string, lo: string | null, hi: string | null) =>
    `${row}, ${column}: ${metric} ${score}, n = ${n}${lo !== null && hi !== null ? `, 95 %: ${lo} … ${hi}` : ''}`,
  cellThin: (row: string, column: string, metric: string, score: string, n: string, min: string) => `${row}, ${column}: ${metric} ${score}, n = ${n} < ${min}, not ranked`,
  cellEmpty: (row: string, column: string) => `${row}, ${column}: no answer`,
  /** "Worst: phone × after-sale, NPS −12 (n = 84); best: chat × purchase, +61 (n = 140)." */
  summary: (worst: string, best: string) => `Worst: ${worst}; best: ${best}.`,
  extreme: (row: string, column: string, metric: string | null, score: string, n: string) => `${row} × ${column}, ${metric ? `${metric} ` : ''}${score} (n = ${n})`,
  one: (cell: string) => `Only one cell has enough answers: ${cell}.`,
  none: (min: string) => `No cell has ${min} answers or more: none is ranked.`,
  thinCount: (count: number, min: string) => (count === 1 ? `1 cell under ${min} answers is hatched and not ranked.` : `${count} cells under ${min} answers are hatched and not ranked.`),
  centre: (value: string, target: boolean) => (target ? `Colours are centred on the target, ${value}.` : `Colours are centred on ${value}.`),
  lowerIsEasier: 'A lower CES means less effort.',
  undated: (n: string) => `${n} answers without a date left out.`,
  sortByName: (dimension: string) => `Sort by ${dimension} name`,
  sortByScore: (key: string) => `Sort by score in ${key}`,
  /** "used instead": what an attribute problem falls back to. */
  fallback: (value: string) => `${value} used instead`,
  weekOf: (date: string) => `week of ${date}`,
  quarter: (q: number, year: number) => `Q${q} ${year}`,
};

export type HeatmapStrings = typeof en;

const fr: HeatmapStrings = {
  metric: { nps: 'NPS', csat: 'CSAT', ces: 'CES' },
  dimension: { channel: 'canal', touchpoint: 'point de contact', stage: 'étape', period: 'période' },
  title: (metric, rows, columns) => `${metric} par ${rows} et ${columns}`,
  caption: (metric, rows, columns) => `${metric} : ${rows} en lignes, ${columns} en colonnes ; chaque case donne la note et son nombre de réponses.`,
  noGroup: '(aucun)',
  worse: 'pire',
  better: 'meilleur',
  n: (n) => `n = ${n}`,
  thin: (n, min) => `n = ${n} < ${min}`,
  noAnswer: 'aucune réponse',
  cell: (row, column, metric, score, n, lo, hi) => `${row}, ${column} : ${metric} ${score}, n = ${n}${lo !== null && hi !== null ? `, 95 % : ${lo} … ${hi}` : ''}`,
  cellThin: (row, column, metric, score, n, min) => `${row}, ${column} : ${metric} ${score}, n = ${n} < ${min}, non classée`,
  cellEmpty: (row, column) => `${row}, ${column} : aucune réponse`,
  summary: (worst, best) => `La pire : ${worst} ; la meilleure : ${best}.`,
  extreme: (row, column, metric, score, n) => `${row} × ${column}, ${metric ? `${metric} ` : ''}${score} (n = ${n})`,
  one: (cell) => `Une seule case a assez de réponses : ${cell}.`,
  none: (min) => `Aucune case n’a ${min} réponses ou plus : aucune n’est classée.`,
  thinCount: (count, min) => (count === 1 ? `1 case sous ${min} réponses est hachurée et non classée.` : `${count} cases sous ${min} réponses sont hachurées et non classées.`),
  centre: (value, target) => (target ? `Couleurs centrées sur l’objectif, ${value}.` : `Couleurs centrées sur ${value}.`),
  lowerIsEasier: 'Un CES plus bas signifie moins d’effort.',
  undated: (n) => `${n} réponses sans date laissées de côté.`,
  sortByName: (dimension) => `Trier par nom de ${dimension}`,
  sortByScore: (key) => `Trier par note en ${key}`,
  fallback: (value) => `${value} utilisé à la place`,
  weekOf: (date) => `semaine du ${date}`,
  quarter: (q, year) => `T${q} ${year}`,
};

export const HEATMAP_STRINGS: Record<Lang, HeatmapStrings> = { en, fr };
