import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/kpi-comments.js';
import type { KpiComments, KpiCommentSelectDetail } from '../../src/elements/comments/comments.component.js';
import { mount, normalize, record, until } from '../helpers.js';

const root = (el: Element) => el.shadowRoot!;
const texts = (el: Element) => [...root(el).querySelectorAll('[part=comment] .text')].map((t) => t.textContent);
const metas = (el: Element) => [...root(el).querySelectorAll('[part=comment] .meta')].map((t) => normalize(t.textContent));

/** Six NPS answers with comments (one without, one CSAT: both left out), over three channels. */
const doc = {
  responses: [
    { id: 'a', metric: 'nps', score: 2, channel: 'phone', touchpoint: 'call', at: '2026-05-02T10:00:00Z', comment: 'Temps d’attente trop long' },
    { id: 'b', metric: 'nps', score: 10, channel: 'chat', touchpoint: 'after-chat', at: '2026-05-06T09:00:00Z', comment: 'Très réactif, rapide' },
    { id: 'c', metric: 'nps', score: 8, channel: 'store', at: '2026-05-04T12:00:00Z', comment: 'Accueil correct' },
    { id: 'd', metric: 'nps', score: 0, channel: 'phone', at: '2026-05-05T08:00:00Z', comment: "L'attente, encore l'attente" },
    { id: 'e', metric: 'nps', score: 9, channel: 'store', at: '2026-05-01T15:00:00Z', comment: 'accueil aimable et rapide' },
    { id: 'f', metric: 'nps', score: 6, channel: 'chat', comment: 'attente au chat' },
    { id: 'g', metric: 'nps', score: 3, channel: 'phone', at: '2026-05-07T08:00:00Z' },
    { id: 'h', metric: 'csat', score: 1, channel: 'phone', at: '2026-05-07T08:00:00Z', comment: 'nul' },
  ],
};

async function commentsOf(attrs: Record<string, string>, data: unknown = doc, width = 900) {
  const wrapper = await mount<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('kpi-comments') as KpiComments;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('data', JSON.stringify(data));
  wrapper.append(el);
  await until(() => root(el).querySelector('[part=list], .none, [part=error], [part=empty]') !== null, 'the comments');
  await el.updateComplete;
  return el;
}

async function choose(el: KpiComments, index: number, value: string) {
  const select = root(el).querySelectorAll('select')[index]!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<kpi-comments>', () => {
  it('newest first, with group, score, channel, touchpoint and date; only the metric’s commented answers', async () => {
    const el = await commentsOf({ lang: 'en' });
    // d (May 5) … e (May 1) by date, b first (May 6); f has no date: last. g has no comment, h is CSAT.
    expect(texts(el)).to.deep.equal(['Très réactif, rapide', "L'attente, encore l'attente", 'Accueil correct', 'Temps d’attente trop long', 'accueil aimable et rapide', 'attente au chat']);
    expect(metas(el)[0]).to.equal('promoter · score 10 · chat · after-chat · May 6, 2026');
    expect(metas(el)[2]).to.equal('passive · score 8 · store · May 4, 2026');
    expect(normalize(root(el).querySelector('.count')!.textContent)).to.equal('6 of 6 comments');
    expect(normalize(root(el).querySelector('[part=title]')!.textContent)).to.equal('What customers say (NPS)');
  });

  it('in French: groups, dates and the title', async () => {
    const el = await commentsOf({ lang: 'fr' });
    expect(metas(el)[0]).to.equal('promoteur · note 10 · chat · after-chat · 6 mai 2026');
    expect(normalize(root(el).querySelector('[part=title]')!.textContent)).to.equal('Ce que disent les clients (NPS)');
  });

  it('filters by group and channel, and searches without case or accents', async () => {
    const el = await commentsOf({ lang: 'en' });
    await choose(el, 0, 'detractor');
    // Detractors: d (0), a (2), f (6).
    expect(el.shownComments.map((r) => r.id)).to.deep.equal(['d', 'a', 'f']);
    await choose(el, 1, 'phone');
    expect(el.shownComments.map((r) => r.id)).to.deep.equal(['d', 'a']);
    await choose(el, 0, '');
    await choose(el, 1, '');
    const search = root(el).querySelector('input[type=search]') as HTMLInputElement;
    search.value = 'REACTIF';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shownComments.map((r) => r.id)).to.deep.equal(['b']);
    search.value = 'accueil';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shownComments.map((r) => r.id)).to.deep.equal(['c', 'e']);
    search.value = 'zzz';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(normalize(root(el).querySelector('.none')!.textContent)).to.equal('No comment matches these filters.');
  });

  it('the group and channel attributes set the filters; filters match the data’s raw names', async () => {
    const el = await commentsOf({ lang: 'en', group: 'promoter', channel: 'store' });
    expect(el.shownComments.map((r) => r.id)).to.deep.equal(['e']);
    expect((root(el).querySelectorAll('select')[1] as HTMLSelectElement).value).to.equal('store');
  });

  it('themes: detractors’ words beside promoters’; picking one filters the list, and says so with a way back', async () => {
    const el = await commentsOf({ lang: 'en' });
    const sides = [...root(el).querySelectorAll('.terms')].map((ul) => [...ul.querySelectorAll('.term')].map((t) => t.textContent));
    // Detractors a, d, f: attente ×4 (d twice), promoters b, e: rapide ×2; the passive is left out.
    expect(sides[0]![0]).to.equal('attente');
    expect(sides[1]).to.include('rapide');
    const attente = [...root(el).querySelectorAll<HTMLButtonElement>('[part=theme]')].find((b) => b.querySelector('.term')!.textContent === 'attente')!;
    attente.click();
    await el.updateComplete;
    expect(attente.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shownComments.map((r) => r.id)).to.deep.equal(['d', 'a', 'f']);
    expect(normalize(root(el).querySelector('[part=theme-filter]')!.textContent)).to.equal('Comments containing “attente” Clear');
    (root(el).querySelector('[part=theme-filter] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.shownComments).to.have.length(6);
    expect(root(el).querySelector('[part=theme-filter]')).to.equal(null);
  });

  it('pages: page-size at a time, "show more" adds the next and moves focus to it; never thousands of nodes', async () => {
    const many = { responses: Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, metric: 'nps', score: i % 11, at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), comment: `commentaire ${i} attente` })) };
    const el = await commentsOf({ lang: 'en', 'page-size': '20' }, many);
    expect(root(el).querySelectorAll('[part=comment]')).to.have.length(20);
    expect(root(el).querySelectorAll('*').length).to.be.below(400);
    // Newest first: the last answer (r2999) on top.
    expect(el.shownComments[0]!.id).to.equal('r2999');
    const more = root(el).querySelector('[part=more]') as HTMLButtonElement;
    expect(normalize(more.textContent)).to.equal('Show 20 more');
    more.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part=comment]')).to.have.length(40);
    expect(root(el).activeElement).to.equal(root(el).querySelectorAll('[part=comment]')[20]);
    expect(normalize(root(el).querySelector('.count')!.textContent)).to.equal('40 of 3,000 comments');
  });

  it('kpi-comment-select with the response, on click, Enter and Space', async () => {
    const el = await commentsOf({ lang: 'en' });
    const seen = record<KpiCommentSelectDetail>(el, 'kpi-comment-select');
    const first = root(el).querySelector('[part=comment]') as HTMLElement;
    first.click();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    first.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(seen.map((e) => e.detail.response.id)).to.deep.equal(['b', 'b', 'b']);
    expect(seen[0]!.detail.response).to.deep.include(doc.responses[1]);
    expect(first.tabIndex).to.equal(0);
  });

  it('hostile comments and names are text: no element from markup, bidi and invisible characters neutralised, 100 kB cut', async () => {
    const big = 'x'.repeat(100_000);
    const hostile = {
      responses: [
        { id: 'm', metric: 'nps', score: 1, channel: '\u202Eevil', touchpoint: 'ch\u200Bat', at: '2026-05-03T00:00:00Z', comment: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>' },
        { id: 'z', metric: 'nps', score: 2, channel: 'chat\u200B', at: '2026-05-02T00:00:00Z', comment: 'a\u202Eb\u2066c\u200Dd\uFEFFe' },
        { id: 'l', metric: 'nps', score: 10, channel: 'chat', at: '2026-05-01T00:00:00Z', comment: big },
      ],
    };
    const el = await commentsOf({ lang: 'en' }, hostile);
    const r = root(el);
    expect(r.querySelectorAll('img, script, b')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const [markup, bidi, long] = texts(el);
    expect(markup).to.equal('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>');
    expect(bidi).to.equal('a⟨U+202E⟩b⟨U+2066⟩c⟨U+200D⟩d⟨U+FEFF⟩e');
    expect(long!.length).to.equal(2001);
    expect(metas(el)[0]).to.contain('⟨U+202E⟩evil').and.contain('ch⟨U+200B⟩at');
    // The channel filter shows the names neutralised and matches the raw ones.
    const options = [...r.querySelectorAll('select')[1]!.querySelectorAll('option')].map((o) => [o.value, o.textContent]);
    expect(options).to.deep.include(['\u202Eevil', '⟨U+202E⟩evil']).and.deep.include(['chat\u200B', 'chat⟨U+200B⟩']);
    await choose(el, 1, 'chat\u200B');
    expect(el.shownComments.map((x) => x.id)).to.deep.equal(['z']);
    expect(r.textContent).to.not.match(/[\u202a-\u202e\u2066-\u2069\u200b\ufeff]/);
  });

  it('empty and error states', async () => {
    const empty = await commentsOf({ lang: 'en' }, { responses: [{ metric: 'nps', score: 3 }] });
    expect(normalize(root(empty).querySelector('[part=empty]')!.textContent)).to.equal('No comments yet');
    const bad = await commentsOf({ lang: 'en' }, { responses: [{ metric: 'nps', score: 12, comment: 'x' }] });
    expect(normalize(root(bad).querySelector('[part=error]')!.textContent)).to.contain('responses[0].score');
  });

  it('narrow: the themes go under the list', async () => {
    const el = await commentsOf({ lang: 'en' }, doc, 300);
    const list = root(el).querySelector('.main')!.getBoundingClientRect();
    const themes = root(el).querySelector('[part=themes]')!.getBoundingClientRect();
    expect(themes.top).to.be.at.least(list.bottom - 1);
    const wide = await commentsOf({ lang: 'en' }, doc, 900);
    const l2 = root(wide).querySelector('.main')!.getBoundingClientRect();
    const t2 = root(wide).querySelector('[part=themes]')!.getBoundingClientRect();
    expect(t2.left).to.be.at.least(l2.right - 1);
  });

  it('is accessible, light and dark, en and fr, with a theme picked', async () => {
    for (const [lang, theme] of [['en', 'light'], ['fr', 'dark']] as const) {
      const el = await commentsOf({ lang, theme });
      await expect(el).to.be.accessible();
      (root(el).querySelector('[part=theme]') as HTMLButtonElement).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});
