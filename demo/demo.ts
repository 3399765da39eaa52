// The demo page: every element from src/, a language switch, and an event log.
import '../src/index.js';

const gauge = document.querySelector<HTMLElementTagNameMap['kpi-nps-gauge']>('#by-property')!;
gauge.data = {
  histograms: [{ metric: 'nps', channel: 'phone', counts: { '0': 3, '4': 5, '6': 12, '7': 10, '8': 9, '9': 20, '10': 41 } }],
};

const texts = {
  fr: { title: 'Tableau de bord satisfaction', switchTo: 'English', events: 'Événements' },
  en: { title: 'Satisfaction dashboard', switchTo: 'Français', events: 'Events' },
};
const button = document.querySelector<HTMLButtonElement>('#lang-switch')!;
button.addEventListener('click', () => {
  const lang = document.documentElement.lang === 'fr' ? 'en' : 'fr';
  document.documentElement.lang = lang;
  button.textContent = texts[lang].switchTo;
  button.setAttribute('aria-pressed', String(lang === 'en'));
  document.querySelector('#page-title')!.textContent = texts[lang].title;
  document.querySelector('#log-title')!.textContent = texts[lang].events;
});

const log = document.querySelector('#events')!;
for (const name of ['kpi-data', 'kpi-error', 'kpi-threshold', 'kpi-survey-submit'] as const) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const where = (event.target as HTMLElement).getAttribute('channel') ?? (event.target as HTMLElement).id ?? '';
    const detail = event.detail as { message?: string; side?: string; scores?: Array<{ score: number; rating: string }> };
    const scored = detail.scores?.map((s) => `${s.score} (${s.rating})`).join(', ');
    item.textContent = `${name} ${where} ${detail.message ?? detail.side ?? scored ?? ''}`.trim();
    log.prepend(item);
  });
}
