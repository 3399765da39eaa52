/**
 * The strings every element shares (states, input problems), in English and
 * French; each element keeps its own beside it (`<name>.strings.ts`). `fr` is
 * typed by `en`, so a string missing in one language is a type error.
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
    duplicate: 'is used twice',
    reference: 'must name an earlier question',
    format: 'must start with a letter and hold only letters, digits, - and _',
    redirect: 'answered with a redirect, which is not followed',
    got: (received: string) => `got ${received}`,
    more: (n: number) => (n === 1 ? '(and 1 more problem)' : `(and ${n} more problems)`),
  },
  types: { number: 'a number', string: 'text', array: 'a list', object: 'an object', boolean: 'true or false', null: 'null', undefined: 'nothing' } as Record<string, string>,
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
    duplicate: 'est utilisé deux fois',
    reference: 'doit désigner une question précédente',
    format: 'doit commencer par une lettre et ne contenir que des lettres, des chiffres, - et _',
    redirect: 'a répondu par une redirection, qui n’est pas suivie',
    got: (received) => `reçu : ${received}`,
    more: (n) => (n === 1 ? '(et 1 autre problème)' : `(et ${n} autres problèmes)`),
  },
  types: { number: 'un nombre', string: 'du texte', array: 'une liste', object: 'un objet', boolean: 'vrai ou faux', null: 'null', undefined: 'rien' },
};

export const STRINGS: Record<Lang, Strings> = { en, fr };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
