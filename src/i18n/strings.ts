/**
 * Every user-visible string, in English and French. `fr` is typed by `en`, so a
 * string missing in one language is a type error.
 */
export type Lang = 'en' | 'fr';

const en = {
  loading: 'Loading…',
  empty: 'No answers yet',
  errorTitle: 'Cannot show this data.',
  staleTitle: 'Could not update; showing the last data received.',
  problem: {
    json: 'is not valid JSON',
    type: (expected: string, received: string) => `expected ${expected}, got ${received}`,
    required: 'is missing',
    range: (min: number, max: number) => `must be a whole number from ${min} to ${max}`,
    tooSmall: (min: number) => `must be at least ${min}`,
    tooBig: (max: number) => `must be at most ${max}`,
    value: (allowed: string) => `must be one of ${allowed}`,
    http: (status: number) => `the server answered HTTP ${status}`,
    timeout: (seconds: number) => `no answer from the server within ${seconds} s`,
    network: 'the server could not be reached',
    compute: 'could not be computed',
    got: (received: string) => `got ${received}`,
    more: (n: number) => (n === 1 ? '(and 1 more problem)' : `(and ${n} more problems)`),
  },
  types: { number: 'a number', string: 'text', array: 'a list', object: 'an object', boolean: 'true or false', null: 'null', undefined: 'nothing' } as Record<string, string>,
  nps: {
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
    aboveTarget: 'at or above target',
    belowTarget: 'below target',
    channel: (c: string) => `channel ${c}`,
    summary: (score: string) => `NPS ${score}`,
    band: { negative: 'negative', fair: 'to improve', good: 'acceptable', excellent: 'very good' },
    bandLabel: (band: string) => `rating: ${band}`,
    tableCaption: 'Net Promoter Score details',
    group: 'Group',
    count: 'Answers',
    share: 'Share',
    total: 'Total',
    score: 'NPS',
    marginHeader: 'Margin of error (95 %)',
    targetHeader: 'Target',
  },
};

export type Strings = typeof en;

const fr: Strings = {
  loading: 'Chargement…',
  empty: 'Aucune réponse pour le moment',
  errorTitle: 'Impossible d’afficher ces données.',
  staleTitle: 'Mise à jour impossible ; affichage des dernières données reçues.',
  problem: {
    json: 'n’est pas un JSON valide',
    type: (expected, received) => `${expected} attendu, reçu : ${received}`,
    required: 'est manquant',
    range: (min, max) => `doit être un nombre entier de ${min} à ${max}`,
    tooSmall: (min) => `doit valoir au moins ${min}`,
    tooBig: (max) => `doit valoir au plus ${max}`,
    value: (allowed) => `doit être l’une de ces valeurs : ${allowed}`,
    http: (status) => `le serveur a répondu HTTP ${status}`,
    timeout: (seconds) => `pas de réponse du serveur en ${seconds} s`,
    network: 'le serveur est injoignable',
    compute: 'n’a pas pu être calculé',
    got: (received) => `reçu : ${received}`,
    more: (n) => (n === 1 ? '(et 1 autre problème)' : `(et ${n} autres problèmes)`),
  },
  types: { number: 'un nombre', string: 'du texte', array: 'une liste', object: 'un objet', boolean: 'vrai ou faux', null: 'null', undefined: 'rien' },
  nps: {
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
    aboveTarget: 'objectif atteint',
    belowTarget: 'sous l’objectif',
    channel: (c) => `canal ${c}`,
    summary: (score) => `NPS ${score}`,
    band: { negative: 'négatif', fair: 'à améliorer', good: 'acceptable', excellent: 'très bon' },
    bandLabel: (band) => `niveau : ${band}`,
    tableCaption: 'Détail du Net Promoter Score',
    group: 'Groupe',
    count: 'Réponses',
    share: 'Part',
    total: 'Total',
    score: 'NPS',
    marginHeader: 'Marge d’erreur (95 %)',
    targetHeader: 'Objectif',
  },
};

export const STRINGS: Record<Lang, Strings> = { en, fr };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
