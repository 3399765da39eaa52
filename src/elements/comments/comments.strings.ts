/** <kpi-comments>'s strings, in English and French. `fr` is typed by `en`, so a string missing in one language is a type error. */
import type { ScoreGroup } from '../../engine/comment-themes.js';
import type { Metric } from '../../engine/schemas.js';
import type { Lang } from '../../i18n/strings.js';

const en = {
  title: (metric: Metric) => `What customers say (${metric.toUpperCase()})`,
  empty: 'No comments yet',
  groups: {
    promoter: 'promoter',
    passive: 'passive',
    detractor: 'detractor',
    satisfied: 'satisfied',
    'not-satisfied': 'not satisfied',
    easy: 'easy',
    neutral: 'neutral',
    difficult: 'difficult',
  } satisfies Record<ScoreGroup, string>,
  filters: 'Filter the comments',
  group: 'Score group',
  channel: 'Channel',
  all: 'all',
  search: 'Search the comments',
  score: (score: string) => `score ${score}`,
  shown: (shown: string, total: string) => `${shown} of ${total} comments`,
  none: 'No comment matches these filters.',
  more: (count: string) => `Show ${count} more`,
  list: 'Comments, newest first',
  themes: 'What sets them apart',
  themesNote: (bad: string, good: string) => `Words and phrases of ${bad} and of ${good}, most distinctive first. Pick one to see its comments.`,
  /** Who says it: "Said more by detractors". */
  side: (who: string) => `Said more by ${who}`,
  who: {
    promoter: 'promoters',
    passive: 'passives',
    detractor: 'detractors',
    satisfied: 'satisfied customers',
    'not-satisfied': 'unsatisfied customers',
    easy: 'customers who found it easy',
    neutral: 'neutral customers',
    difficult: 'customers who found it hard',
  } satisfies Record<ScoreGroup, string>,
  /** How a theme's counts read: "12 detractors’ mentions, 1 promoters’". */
  counts: (a: string, b: string) => `${a} vs ${b} mentions`,
  noThemes: 'Not enough comments on both sides to compare.',
  themeFilter: (term: string) => `Comments containing “${term}”`,
  clear: 'Clear',
  clearTheme: (term: string) => `Clear the filter “${term}”`,
  truncated: '…',
};

export type CommentsStrings = typeof en;

const fr: CommentsStrings = {
  title: (metric) => `Ce que disent les clients (${metric.toUpperCase()})`,
  empty: 'Pas encore de commentaire',
  groups: {
    promoter: 'promoteur',
    passive: 'passif',
    detractor: 'détracteur',
    satisfied: 'satisfait',
    'not-satisfied': 'non satisfait',
    easy: 'facile',
    neutral: 'neutre',
    difficult: 'difficile',
  },
  filters: 'Filtrer les commentaires',
  group: 'Groupe',
  channel: 'Canal',
  all: 'tous',
  search: 'Rechercher dans les commentaires',
  score: (score) => `note ${score}`,
  shown: (shown, total) => `${shown} sur ${total} commentaires`,
  none: 'Aucun commentaire ne correspond à ces filtres.',
  more: (count) => `Afficher ${count} de plus`,
  list: 'Commentaires, du plus récent au plus ancien',
  themes: 'Ce qui les distingue',
  themesNote: (bad, good) => `Mots et expressions des ${bad} et des ${good}, les plus distinctifs d’abord. Choisissez-en un pour voir ses commentaires.`,
  side: (who) => `Dit surtout par les ${who}`,
  who: {
    promoter: 'promoteurs',
    passive: 'passifs',
    detractor: 'détracteurs',
    satisfied: 'clients satisfaits',
    'not-satisfied': 'clients non satisfaits',
    easy: 'clients pour qui c’était facile',
    neutral: 'clients neutres',
    difficult: 'clients pour qui c’était difficile',
  },
  counts: (a, b) => `${a} contre ${b} mentions`,
  noThemes: 'Pas assez de commentaires des deux côtés pour comparer.',
  themeFilter: (term) => `Commentaires contenant « ${term} »`,
  clear: 'Effacer',
  clearTheme: (term) => `Effacer le filtre « ${term} »`,
  truncated: '…',
};

export const COMMENTS_STRINGS: Record<Lang, CommentsStrings> = { en, fr };
