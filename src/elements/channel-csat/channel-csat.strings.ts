/** <kpi-channel-csat>'s strings, in English and French. `fr` is typed by `en`, so a string missing in one language is a type error. */
import type { Lang } from '../../i18n/strings.js';

const en = {
  metric: { csat: 'Satisfaction (CSAT)', nps: 'Net Promoter Score', ces: 'Customer effort (CES)' },
  titleBy: { channel: 'channel', touchpoint: 'touchpoint', stage: 'journey stage' },
  title: (metric: string, by: string) => `${metric} by ${by}`,
  group: { channel: 'Channel', touchpoint: 'Touchpoint', stage: 'Stage' },
  score: 'Score',
  interval: '95 % interval',
  answers: 'Answers',
  status: 'Target',
  n: (n: string) => `n = ${n}`,
  noGroup: '(none)',
  tooFew: (min: string) => `too few answers (under ${min})`,
  tooFewShort: 'too few answers',
  /** The target states (see `targetStatus`); `withinShort` when the long form does not fit beside the bar. */
  state: { met: 'meets target', 'within-margin': 'within the margin of the target', below: 'below target' },
  withinShort: 'within margin',
  target: (t: string) => `target ${t}`,
  higherIsEasier: 'higher is easier (better)',
  lowerIsEasier: 'lower is easier (better)',
  higherIsBetter: 'higher is better',
  summary: (title: string, count: number) => `${title}, ${count} ${count === 1 ? 'group' : 'groups'}`,
  best: (key: string, value: string) => `best ${key} ${value}`,
  worst: (key: string, value: string) => `lowest ${key} ${value}`,
  under: (count: number, target: string) => `${count} below the target of ${target}`,
  within: (count: number) => `${count} within its margin`,
  tooFewCount: (count: number) => `${count} with too few answers`,
  tableCaption: (title: string) => `${title}: figures`,
};

export type ChannelCsatStrings = typeof en;

const fr: ChannelCsatStrings = {
  metric: { csat: 'Satisfaction (CSAT)', nps: 'Net Promoter Score', ces: 'Effort client (CES)' },
  titleBy: { channel: 'canal', touchpoint: 'point de contact', stage: 'étape du parcours' },
  title: (metric, by) => `${metric} par ${by}`,
  group: { channel: 'Canal', touchpoint: 'Point de contact', stage: 'Étape' },
  score: 'Score',
  interval: 'Intervalle à 95 %',
  answers: 'Réponses',
  status: 'Objectif',
  n: (n) => `n = ${n}`,
  noGroup: '(aucun)',
  tooFew: (min) => `trop peu de réponses (moins de ${min})`,
  tooFewShort: 'trop peu de réponses',
  state: { met: 'objectif atteint', 'within-margin': 'dans la marge de l’objectif', below: 'sous l’objectif' },
  withinShort: 'dans la marge',
  target: (t) => `objectif ${t}`,
  higherIsEasier: 'plus haut = plus facile (mieux)',
  lowerIsEasier: 'plus bas = plus facile (mieux)',
  higherIsBetter: 'plus haut = mieux',
  summary: (title, count) => `${title}, ${count} ${count <= 1 ? 'groupe' : 'groupes'}`,
  best: (key, value) => `meilleur : ${key} ${value}`,
  worst: (key, value) => `plus bas : ${key} ${value}`,
  under: (count, target) => `${count} sous l’objectif de ${target}`,
  within: (count) => `${count} dans sa marge`,
  tooFewCount: (count) => `${count} avec trop peu de réponses`,
  tableCaption: (title) => `${title} : chiffres`,
};

export const CHANNEL_CSAT_STRINGS: Record<Lang, ChannelCsatStrings> = { en, fr };
