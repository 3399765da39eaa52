// The demo pages (index.html, hostile.html): every element from src/, fed by
// the collector's /api/kpis.json; a language switch; an event log. Answering
// the survey reloads the figures, so n goes up by one.
import '../src/index.js';

type Lang = 'fr' | 'en';
const texts: Record<Lang, Record<string, string>> = {
  fr: {
    switchTo: 'English',
    skip: 'Aller au contenu',
    brand: 'intranet',
    menu: 'Navigation principale',
    news: 'Actualités',
    kpis: 'Relation client',
    journeys: 'Marketing',
    hostile: 'Page hostile',
    normal: 'Page normale',
    title: 'Tableau de bord de la relation client',
    hostileTitle: 'Les mêmes éléments sous une feuille de style hostile',
    lead: 'Satisfaction, recommandation et effort client par canal, mis à jour en direct depuis le collecteur : chaque bloc est un élément omnikpi qui lit /api/kpis.json.',
    hostileLead:
      'Cette page applique « * { all: unset } », des polices énormes et des couleurs !important à tout le document. Le texte de la page en souffre ; les éléments, dans leur shadow DOM, restent lisibles, et leurs styles ne débordent pas sur la page.',
    newsTitle: 'Actualités du service',
    n1t: 'Le chat passe en 7 j/7',
    n1: 'Depuis lundi, les conseillers répondent aussi le week-end. Objectif : une première réponse en moins d’une minute.',
    n2t: 'Rappel : objectifs du trimestre',
    n2: 'CSAT au-dessus de 80 % sur chaque canal, NPS au-dessus de 30, effort client (CES) au moins 5 sur 7.',
    n3t: 'Téléphone : plan d’action',
    n3: 'Trop de transferts entre équipes : un groupe de travail se réunit jeudi. Vos idées sont bienvenues.',
    kpiTitle: 'Indicateurs',
    barsTitle: 'Par canal',
    trendTitle: 'Évolution sur six mois',
    heatTitle: 'Où l’expérience est la meilleure et la pire',
    opsTitle: 'Opérations',
    commentsTitle: 'Ce que disent les clients',
    allChannels: 'NPS, tous canaux',
    chat: 'NPS du chat',
    surveyTitle: 'Votre avis compte',
    surveyNote: 'Votre réponse est enregistrée dans la base du collecteur ; les indicateurs se mettent à jour aussitôt.',
    csat: 'Satisfaction (CSAT) par canal',
    npsBars: 'NPS par canal',
    ces: 'Effort client (CES) par canal',
    journeysTitle: 'Parcours clients et attribution',
    compare: 'Comparaison des modèles d’attribution',
    events: 'Journal des événements',
    foot: 'Comptoir SA — intranet interne. Données d’exemple générées (demo/sample-data.mjs).',
  },
  en: {
    switchTo: 'Français',
    skip: 'Skip to content',
    brand: 'intranet',
    menu: 'Main navigation',
    news: 'News',
    kpis: 'Customer care',
    journeys: 'Marketing',
    hostile: 'Hostile page',
    normal: 'Normal page',
    title: 'Customer care dashboard',
    hostileTitle: 'The same elements under a hostile stylesheet',
    lead: 'Satisfaction, recommendation and customer effort per channel, live from the collector: each block is an omnikpi element reading /api/kpis.json.',
    hostileLead:
      'This page applies "* { all: unset }", huge fonts and !important colours to the whole document. The page’s own text suffers; the elements, in their shadow DOM, stay readable, and their styles do not spill onto the page.',
    newsTitle: 'Service news',
    n1t: 'Chat now open 7 days a week',
    n1: 'Since Monday, advisers answer at weekends too. Goal: a first answer in under a minute.',
    n2t: 'Reminder: this quarter’s goals',
    n2: 'CSAT above 80 % on every channel, NPS above 30, customer effort (CES) at least 5 of 7.',
    n3t: 'Phone: action plan',
    n3: 'Too many transfers between teams: a working group meets on Thursday. Your ideas are welcome.',
    kpiTitle: 'Indicators',
    barsTitle: 'By channel',
    trendTitle: 'Six months of change',
    heatTitle: 'Where the experience is best and worst',
    opsTitle: 'Operations',
    commentsTitle: 'What customers say',
    allChannels: 'NPS, all channels',
    chat: 'Chat NPS',
    surveyTitle: 'Your opinion counts',
    surveyNote: 'Your answer is stored in the collector’s database; the figures update at once.',
    csat: 'Satisfaction (CSAT) by channel',
    npsBars: 'NPS by channel',
    ces: 'Customer effort (CES) by channel',
    journeysTitle: 'Customer journeys and attribution',
    compare: 'Attribution models compared',
    events: 'Event log',
    foot: 'Comptoir SA — internal intranet. Generated sample data (demo/sample-data.mjs).',
  },
};

function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  const t = texts[lang];
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t[el.dataset.i18n!] ?? el.textContent;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t[el.dataset.i18nLabel!] ?? '');
  const button = document.querySelector<HTMLButtonElement>('#lang-switch')!;
  button.textContent = t.switchTo!;
  button.lang = lang === 'fr' ? 'en' : 'fr';
  button.setAttribute('aria-pressed', String(lang === 'en'));
}

document.querySelector('#lang-switch')!.addEventListener('click', () => applyLang(document.documentElement.lang === 'fr' ? 'en' : 'fr'));

type DataElement = HTMLElementTagNameMap['kpi-nps-gauge' | 'kpi-channel-csat' | 'kpi-attribution-sankey' | 'kpi-trend' | 'kpi-scorecard' | 'kpi-heatmap' | 'kpi-comments'];
const dataElements = () => document.querySelectorAll<DataElement>('kpi-nps-gauge, kpi-channel-csat, kpi-attribution-sankey, kpi-trend, kpi-scorecard, kpi-heatmap, kpi-comments');

// The answer is in the database: fetch the figures again (n goes up by one).
document.addEventListener('kpi-survey-sent', () => {
  for (const el of dataElements()) void el.reload();
});

// Untrusted text (messages, labels) goes in as text only.
const log = document.querySelector('#events')!;
for (const name of ['kpi-data', 'kpi-error', 'kpi-threshold', 'kpi-survey-submit', 'kpi-survey-sent', 'kpi-survey-queued', 'kpi-comment-select'] as const) {
  document.addEventListener(name, (event) => {
    const target = event.target as HTMLElement;
    const detail = (event as CustomEvent).detail as {
      message?: string;
      side?: string;
      key?: string;
      status?: number;
      reason?: string;
      scores?: Array<{ score: number; rating: string }>;
      response?: { id?: string; score: number };
    };
    const scored = detail?.scores?.map((s) => `${s.score} (${s.rating})`).join(', ');
    const what = detail?.message ?? (detail?.side ? `${detail.key ?? ''} ${detail.side}` : undefined) ?? scored ?? (detail?.response ? `${detail.response.id ?? ''} (${detail.response.score})` : undefined) ?? detail?.reason ?? detail?.status ?? '';
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString(document.documentElement.lang)} ${name} #${target.id || target.localName} ${what}`.trim();
    log.prepend(item);
    while (log.childElementCount > 30) log.lastElementChild!.remove();
  });
}
