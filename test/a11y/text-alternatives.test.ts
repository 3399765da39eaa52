/**
 * Every chart has a text alternative in both languages (DESIGN.md §2): one
 * image whose accessible name, as the browser computes it, states the figure,
 * and a visually hidden table of the figures. Expected sentences are worked
 * out by hand from the data in states.ts.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { normalize } from '../helpers.js';
import { mountState, STATES } from './states.js';

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/** The names of the images in the page's accessibility tree, in order. */
async function imageNames(): Promise<string[]> {
  const names: string[] = [];
  const walk = (n: AxNode) => {
    if (n.role === 'image') names.push(normalize(n.name));
    n.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return names;
}

const hiddenRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.visually-hidden tr')].map((tr) => [...tr.children].map((c) => normalize(c.textContent)));

type Lang = 'en' | 'fr';
interface Case {
  state: string;
  label: Record<Lang, string>;
  caption: Record<Lang, string>;
  /** One row of the hidden table (its first cells), per language. */
  row: Record<Lang, string[]>;
}

const CASES: Case[] = [
  {
    // 200 promoters, 80 detractors of 400: (200 − 80) / 400 = +30; p = .5, d = .2 → 196 · √((.7 − .09) / 400) = 7.65;
    // 22.35 … 37.65 contains the target 30 → within its margin.
    state: 'data, target and channel',
    label: {
      en: 'NPS +30, 400 answers, margin of error ± 7.7 points, 95 % interval +22.3 to +37.7, rating: acceptable, target 30, within the margin of the target, channel chat',
      fr: 'NPS +30, 400 réponses, marge d’erreur ± 7,7 points, intervalle à 95 % de +22,3 à +37,7, niveau : acceptable, objectif 30, dans la marge de l’objectif, canal chat',
    },
    caption: { en: 'Net Promoter Score details · chat', fr: 'Détail du Net Promoter Score · chat' },
    row: { en: ['Promoters (9–10)', '200', '50%'], fr: ['Promoteurs (9–10)', '200', '50 %'] },
  },
  {
    // chat 90 %, store 85 %, email 75 %, phone 60 %. Wilson: chat [82.6, 94.5] all ≥ 80 → met; store [76.7, 90.7] and
    // email [65.7, 82.5] contain 80 → within its margin; phone [50.2, 69.1] all < 80 → below.
    state: 'csat',
    label: {
      en: 'Satisfaction (CSAT) by channel, 4 groups, best chat 90%, lowest phone 60%, 1 below the target of 80%, 2 within its margin',
      fr: 'Satisfaction (CSAT) par canal, 4 groupes, meilleur : chat 90 %, plus bas : phone 60 %, 1 sous l’objectif de 80 %, 2 dans sa marge',
    },
    caption: { en: 'Satisfaction (CSAT) by channel: figures', fr: 'Satisfaction (CSAT) par canal : chiffres' },
    row: { en: ['chat', '90%', '82.6% – 94.5%', '100', 'meets target'], fr: ['chat', '90 %', '82,6 % – 94,5 %', '100', 'objectif atteint'] },
  },
  {
    // chat: (30 − 10) / 40 = +50, margin 196 · √((1 − .25) / 40) = 26.8 → +23.2 … +76.8 contains +30; email: (20 − 15) / 45 = +11.1,
    // margin 196 · √((35/45 − (5/45)²) / 45) = 25.6 → −14.5 … +36.7 contains +30: both within the margin, none below.
    state: 'nps',
    label: {
      en: 'Net Promoter Score by channel, 2 groups, best chat +50, lowest email +11.1, 0 below the target of +30, 2 within its margin',
      fr: 'Net Promoter Score par canal, 2 groupes, meilleur : chat +50, plus bas : email +11,1, 0 sous l’objectif de +30, 2 dans sa marge',
    },
    caption: { en: 'Net Promoter Score by channel: figures', fr: 'Net Promoter Score par canal : chiffres' },
    row: { en: ['chat', '+50', '+23.2 – +76.8', '40', 'within the margin of the target'], fr: ['chat', '+50', '+23,2 – +76,8', '40', 'dans la marge de l’objectif'] },
  },
  {
    // Lower is easier: phone (30 × 3 + 10 × 5) / 40 = 3.5 is best, chat (30 × 6 + 10 × 2) / 40 = 5; both intervals above 3
    // (phone: sd √(30 / 39) = 0.877, ± 2.023 · 0.877 / √40 = 0.28 → 3.22 … 3.78; chat ± 0.56 → 4.44 … 5.56): both below.
    state: 'ces (lower is easier)',
    label: {
      en: 'Customer effort (CES) by channel, 2 groups, best phone 3.5, lowest chat 5, 2 below the target of 3',
      fr: 'Effort client (CES) par canal, 2 groupes, meilleur : phone 3,5, plus bas : chat 5, 2 sous l’objectif de 3',
    },
    caption: { en: 'Customer effort (CES) by channel: figures', fr: 'Effort client (CES) par canal : chiffres' },
    row: { en: ['phone', '3.5'], fr: ['phone', '3,5'] },
  },
  {
    // social has 10 answers, under min-n 30: listed, not ranked. chat [82.6, 94.5] met, email 75/100 [65.7, 82.5] contains 80.
    state: 'low n',
    label: {
      en: 'Satisfaction (CSAT) by channel, 3 groups, best chat 90%, lowest email 75%, 0 below the target of 80%, 1 within its margin, 1 with too few answers',
      fr: 'Satisfaction (CSAT) par canal, 3 groupes, meilleur : chat 90 %, plus bas : email 75 %, 0 sous l’objectif de 80 %, 1 dans sa marge, 1 avec trop peu de réponses',
    },
    caption: { en: 'Satisfaction (CSAT) by channel: figures', fr: 'Satisfaction (CSAT) par canal : chiffres' },
    row: { en: ['social', 'too few answers (under 30)', '', '10', ''], fr: ['social', 'trop peu de réponses (moins de 30)', '', '10', ''] },
  },
  {
    // 10 journeys, 4 conversions; Markov gives search 54/119 of 4 = 1.82 (45.4 %) (see the element test for the chain).
    state: 'attribution view (Markov)',
    label: {
      en:
        'Customer journeys and attribution: 10 journeys, 4 conversions, conversion rate 40%; top paths: email → search (5 journeys), display → email (4 journeys), search (1 journey); ' +
        'top channel under Markov chain: search, 1.82 conversions (45.4%)',
      fr:
        'Parcours clients et attribution: 10 parcours, 4 conversions, taux de conversion 40 %; parcours les plus fréquents : email → search (5 parcours), display → email (4 parcours), search (1 parcours); ' +
        // French counts stay singular under 2: "1,82 conversion".
        'premier canal selon le modèle chaîne de Markov : search, 1,82 conversion (45,4 %)',
    },
    caption: { en: 'Links between journey steps', fr: 'Liens entre les étapes des parcours' },
    row: { en: ['email · 2', 'no conversion', '4', '0', '€0'], fr: ['email · 2', 'sans conversion', '4', '0', '0 €'] },
  },
  {
    // The default model, last touch: search ends both converting paths, 3 + 1 = 4.
    state: 'compare view',
    label: {
      en:
        'Customer journeys and attribution: 10 journeys, 4 conversions, conversion rate 40%; top paths: email → search (5 journeys), display → email (4 journeys), search (1 journey); ' +
        'top channel under last touch: search, 4 conversions (100%)',
      fr:
        'Parcours clients et attribution: 10 parcours, 4 conversions, taux de conversion 40 %; parcours les plus fréquents : email → search (5 parcours), display → email (4 parcours), search (1 parcours); ' +
        'premier canal selon le modèle dernier contact : search, 4 conversions (100 %)',
    },
    caption: { en: 'Links between journey steps', fr: 'Liens entre les étapes des parcours' },
    row: { en: ['email · 1', 'search · 2', '5', '3', '€300'], fr: ['email · 1', 'search · 2', '5', '3', '300 €'] },
  },
];

describe('charts carry text alternatives in both languages', () => {
  for (const c of CASES) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${STATES.find((s) => s.name === c.state)!.element}, ${c.state}, ${lang}`, async () => {
        const el = await mountState(STATES.find((s) => s.name === c.state)!, lang, 'none');
        // The chart is one image named by its figure (the Sankey's nodes are images after it, named by their step).
        const names = await imageNames();
        expect(names[0]).to.equal(c.label[lang]);
        const chart = el.shadowRoot!.querySelector('[role=img]')!;
        expect(chart.getAttribute('role')).to.equal('img');
        // The table is in the accessibility tree but takes no room on screen.
        const table = el.shadowRoot!.querySelector('.visually-hidden table')!;
        const box = table.parentElement!.getBoundingClientRect();
        expect([box.width, box.height]).to.deep.equal([1, 1]);
        expect(normalize(table.querySelector('caption')!.textContent)).to.equal(c.caption[lang]);
        expect(table.querySelectorAll('th[scope=col]').length).to.be.at.least(3);
        const rows = hiddenRows(el).map((r) => r.slice(0, c.row[lang].length));
        expect(rows).to.deep.include(c.row[lang]);
      });
    }
  }
});
