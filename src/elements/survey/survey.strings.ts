/** <kpi-survey>'s strings, in English and French. `fr` is typed by `en`, so a string missing in one language is a type error. */
import type { KpiProblem } from '../../data/problem.js';
import type { Lang } from '../../i18n/strings.js';

const en = {
  question: {
    nps: 'How likely are you to recommend us to a friend or colleague?',
    csat: 'How satisfied are you with your experience?',
    ces: 'How easy was it to get what you needed?',
    text: 'What is the main reason for your score?',
  },
  ends: {
    npsMin: 'Not at all likely',
    npsMax: 'Extremely likely',
    csatMin: 'Very dissatisfied',
    csatMax: 'Very satisfied',
    difficult: 'Very difficult',
    easy: 'Very easy',
  },
  optional: '(optional)',
  answerThis: 'Please answer this question.',
  submit: 'Send',
  thanks: 'Thank you for your answer!',
  saved: 'Your answer is saved on this device and will be sent as soon as possible.',
  notSaved: 'Your answer could not be saved on this device. Please keep this page open: it will be sent as soon as the server answers.',
  rejected: 'Your answer could not be recorded.',
  definitionError: 'This survey cannot be shown.',
  // The problems a survey can have (a lean subset of the data displays' messages).
  problem: {
    json: 'is not valid JSON',
    required: 'is missing',
    type: (expected: string) => `must be of type ${expected}`,
    value: (allowed: string) => `must be one of: ${allowed}`,
    range: (min: number, max: number) => `must be from ${min} to ${max}`,
    duplicate: 'is used twice',
    reference: 'must name an earlier question',
    format: 'must be a letter, then letters, digits, - or _',
    http: (status: number) => `the server answered HTTP ${status}`,
    redirect: 'answered with a redirect, which is not followed: the answer stays queued',
  },
};

export type SurveyStrings = typeof en;

const fr: SurveyStrings = {
  question: {
    nps: 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue\u202f?',
    csat: 'Dans quelle mesure êtes-vous satisfait de votre expérience\u202f?',
    ces: 'Dans quelle mesure a-t-il été facile d’obtenir ce dont vous aviez besoin\u202f?',
    text: 'Quelle est la principale raison de votre note\u202f?',
  },
  ends: {
    npsMin: 'Pas du tout probable',
    npsMax: 'Extrêmement probable',
    csatMin: 'Très insatisfait',
    csatMax: 'Très satisfait',
    difficult: 'Très difficile',
    easy: 'Très facile',
  },
  optional: '(facultatif)',
  answerThis: 'Veuillez répondre à cette question.',
  submit: 'Envoyer',
  thanks: 'Merci pour votre réponse\u202f!',
  saved: 'Votre réponse est enregistrée sur cet appareil et sera envoyée dès que possible.',
  notSaved: 'Votre réponse n’a pas pu être enregistrée sur cet appareil. Gardez cette page ouverte\u202f: elle sera envoyée dès que le serveur répondra.',
  rejected: 'Votre réponse n’a pas pu être enregistrée.',
  definitionError: 'Ce questionnaire ne peut pas être affiché.',
  problem: {
    json: 'n’est pas un JSON valide',
    required: 'est manquant',
    type: (expected) => `doit être de type ${expected}`,
    value: (allowed) => `doit être l’une de ces valeurs\u202f: ${allowed}`,
    range: (min, max) => `doit être compris entre ${min} et ${max}`,
    duplicate: 'est utilisé deux fois',
    reference: 'doit désigner une question précédente',
    format: 'doit être une lettre, puis lettres, chiffres, - ou _',
    http: (status) => `le serveur a répondu HTTP ${status}`,
    redirect: 'a répondu par une redirection, qui n’est pas suivie\u202f: la réponse reste en attente',
  },
};

export const SURVEY_STRINGS: Record<Lang, SurveyStrings> = { en, fr };

/** The sentence shown (and sent in `kpi-error`) for a survey's problem: "questions[1].type — must be one of: nps, csat…". */
export function describeSurveyProblem(p: KpiProblem, s: SurveyStrings): string {
  const m = s.problem;
  const what =
    p.code === 'http' ? m.http(p.status ?? 0)
    : p.code === 'type' ? m.type(p.expected ?? '')
    : p.code === 'value' ? m.value(p.expected ?? '')
    : p.code === 'range' ? m.range(p.min ?? 0, p.max ?? 0)
    : m[p.code as 'json' | 'required' | 'duplicate' | 'reference' | 'format' | 'redirect'];
  return `${p.field || p.source} — ${what}`;
}
