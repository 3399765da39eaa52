/** <kpi-nps-gauge>'s strings, in English and French. `fr` is typed by `en`, so a string missing in one language is a type error. */
import type { Lang } from '../../i18n/strings.js';

const en = {
  title: 'Net Promoter Score',
  promoters: 'Promoters',
  passives: 'Passives',
  detractors: 'Detractors',
  promotersRange: '9–10',
  passivesRange: '7–8',
  detractorsRange: '0–6',
  answers: (n: string, one: boolean) => (one ? `${n} answer` : `${n} answers`),
  margin: (m: string) => `± ${m} pts`,
  marginLong: (m: string) => `margin of error ± ${m} points`,
  target: (t: string) => `target ${t}`,
  /** The target states (see `targetStatus`): met, within the margin of the target, below. */
  state: { met: 'target met', 'within-margin': 'within the margin of the target', below: 'below target' },
  channel: (c: string) => `channel ${c}`,
  summary: (score: string) => `NPS ${score}`,
  band: { negative: 'negative', fair: 'to improve', good: 'acceptable', excellent: 'very good' },
  bandLabel: (band: string) => `rating: ${band}`,
  /** The band key: "to improve 0–30", "very good ≥ 50". */
  bandKey: 'Rating bands',
  below: (v: string) => `< ${v}`,
  atLeast: (v: string) => `≥ ${v}`,
  interval: (low: string, high: string) => `95 % interval ${low} to ${high}`,
  tableCaption: 'Net Promoter Score details',
  group: 'Group',
  count: 'Answers',
  share: 'Share',
  total: 'Total',
  score: 'NPS',
  marginHeader: 'Margin of error (95 %)',
  targetHeader: 'Target',
};

export type NpsGaugeStrings = typeof en;

const fr: NpsGaugeStrings = {
  title: 'Net Promoter Score',
  promoters: 'Promoteurs',
  passives: 'Passifs',
  detractors: 'Détracteurs',
  promotersRange: '9–10',
  passivesRange: '7–8',
  detractorsRange: '0–6',
  answers: (n, one) => (one ? `${n} réponse` : `${n} réponses`),
  margin: (m) => `± ${m} pts`,
  marginLong: (m) => `marge d’erreur ± ${m} points`,
  target: (t) => `objectif ${t}`,
  state: { met: 'objectif atteint', 'within-margin': 'dans la marge de l’objectif', below: 'sous l’objectif' },
  channel: (c) => `canal ${c}`,
  summary: (score) => `NPS ${score}`,
  band: { negative: 'négatif', fair: 'à améliorer', good: 'acceptable', excellent: 'très bon' },
  bandLabel: (band) => `niveau : ${band}`,
  bandKey: 'Niveaux',
  below: (v) => `< ${v}`,
  atLeast: (v) => `≥ ${v}`,
  interval: (low, high) => `intervalle à 95 % de ${low} à ${high}`,
  tableCaption: 'Détail du Net Promoter Score',
  group: 'Groupe',
  count: 'Réponses',
  share: 'Part',
  total: 'Total',
  score: 'NPS',
  marginHeader: 'Marge d’erreur (95 %)',
  targetHeader: 'Objectif',
};

export const NPS_GAUGE_STRINGS: Record<Lang, NpsGaugeStrings> = { en, fr };
