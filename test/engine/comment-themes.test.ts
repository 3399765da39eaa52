import { expect } from '@open-wc/testing';
import { commentTerms, commentThemes, foldText, scoreGroup, type Response } from '../../src/engine/index.js';
import { displayText } from '../../src/i18n/display-text.js';

const nps = (score: number, comment: string): Response => ({ metric: 'nps', score, comment });

/**
 * Three detractors, one passive, three promoters, in French (stop words: très, et).
 * A (detractors): "attente trop longue" → attente, attente trop, trop, trop longue, longue (5 terms);
 *   "attente interminable" → attente, attente interminable, interminable (3);
 *   "Très longue attente" → longue, longue attente, attente (3): nᴬ = 11.
 * B (promoters; the passive is left out): "conseiller rapide" → conseiller, conseiller rapide, rapide (3);
 *   "rapide et aimable" → rapide, aimable (2: "et" breaks the phrase); "Aimable, rapide" → aimable, rapide
 *   (2: the comma breaks it): nᴮ = 7. n = 18.
 * Seen twice or more: attente (3, 0), longue (2, 0), aimable (0, 2), rapide (0, 3).
 */
const corpus = [
  nps(2, 'attente trop longue'),
  nps(3, 'attente interminable'),
  nps(6, 'Très longue attente'),
  nps(7, 'passable'),
  nps(10, 'conseiller rapide'),
  nps(9, 'rapide et aimable'),
  nps(10, 'Aimable, rapide'),
];

describe('commentThemes: Fightin’ Words', () => {
  it('the z-scores of a hand-made corpus, worked out by hand', () => {
    const themes = commentThemes(corpus, { metric: 'nps', lang: 'fr', prior: 10 });
    expect(themes.map((t) => [t.term, t.countA, t.countB])).to.deep.equal([
      ['attente', 3, 0],
      ['longue', 2, 0],
      ['aimable', 0, 2],
      ['rapide', 0, 3],
    ]);
    // attente, α₀ = 10: α = 10 · 3/18 = 1.6667.
    // δ̂ = log((3 + 1.6667)/(11 + 10 − 3 − 1.6667)) − log((0 + 1.6667)/(7 + 10 − 0 − 1.6667))
    //   = log(4.6667/16.3333) − log(1.6667/15.3333) = log 0.285714 − log 0.108696 = −1.252763 + 2.219203 = 0.966440
    // σ² = 1/4.6667 + 1/1.6667 = 0.214286 + 0.6 = 0.814286, σ = 0.902378, z = 0.966440/0.902378 = 1.07099.
    const attente = themes[0]!;
    expect(attente.delta).to.be.closeTo(0.96644, 1e-5);
    expect(attente.z).to.be.closeTo(1.07099, 1e-5);
    // rapide: α = 1.6667; δ̂ = log(1.6667/(21 − 1.6667)) − log(4.6667/(17 − 3 − 1.6667))
    //   = log(1.6667/19.3333) − log(4.6667/12.3333) = log 0.086207 − log 0.378378 = −2.451005 + 0.971861 = −1.479144
    // σ = 0.902378 (the same two terms), z = −1.479144/0.902378 = −1.63916.
    const rapide = themes[3]!;
    expect(rapide.delta).to.be.closeTo(-1.479144, 1e-5);
    expect(rapide.z).to.be.closeTo(-1.63916, 1e-5);
  });

  it('against the rest: the passive counts in group B', () => {
    // "passable" joins B: nᴮ = 8; it is seen once, so it is not listed, but it moves n and the priors.
    const good = commentThemes(corpus, { lang: 'fr', prior: 10 });
    const rest = commentThemes(corpus, { lang: 'fr', prior: 10, against: 'rest' });
    expect(rest.map((t) => t.term)).to.deep.equal(good.map((t) => t.term));
    expect(rest[0]!.z).to.not.equal(good[0]!.z);
  });

  it('the most frequent written form is shown, counted folded; two-word phrases with their elision', () => {
    const themes = commentThemes(
      [nps(1, 'Temps d’attente trop long'), nps(2, 'temps d’attente : TRÈS long'), nps(0, 'très lent'), nps(10, 'parfait'), nps(9, 'parfait accueil')],
      { lang: 'fr', prior: 10 },
    );
    const phrase = themes.find((t) => t.key === "temps attente")!;
    expect(phrase.term).to.equal('temps d’attente');
    expect(phrase.countA).to.equal(2);
    // "TRÈS" is a stop word once folded (tres); "lent" and "long" are words of their own.
    expect(themes.map((t) => t.key)).to.not.include('tres');
  });

  it('CSAT and CES groups follow the engine’s cut-offs', () => {
    expect(scoreGroup({ metric: 'nps', score: 6 })).to.equal('detractor');
    expect(scoreGroup({ metric: 'nps', score: 8 })).to.equal('passive');
    expect(scoreGroup({ metric: 'csat', score: 4 })).to.equal('satisfied');
    expect(scoreGroup({ metric: 'csat', score: 3 })).to.equal('not-satisfied');
    // CES 1–7, midpoint 4: 5 easy, 4 neutral, 3 difficult; reversed when a low score means easy.
    expect([5, 4, 3].map((score) => scoreGroup({ metric: 'ces', score }))).to.deep.equal(['easy', 'neutral', 'difficult']);
    expect(scoreGroup({ metric: 'ces', score: 2, higherIsEasier: false })).to.equal('easy');
    expect(scoreGroup({ metric: 'ces', score: 2 }, false)).to.equal('easy');
    const csat = commentThemes(
      [
        { metric: 'csat', score: 2, comment: 'pas aimable' },
        { metric: 'csat', score: 1, comment: 'pas aimable du tout' },
        { metric: 'csat', score: 5, comment: 'très aimable' },
        { metric: 'csat', score: 5, comment: 'aimable' },
      ],
      { lang: 'fr' },
    );
    // "pas" is no stop word: the complaint is "pas aimable".
    expect(csat[0]!.key).to.be.oneOf(['pas', 'pas aimable']);
    expect(csat.at(-1)!.key).to.equal('aimable');
  });

  it('nothing to compare: no comments, one group only, other metrics', () => {
    expect(commentThemes([])).to.deep.equal([]);
    expect(commentThemes([nps(1, 'attente attente'), nps(2, 'attente')])).to.deep.equal([]);
    expect(commentThemes(corpus, { metric: 'csat' })).to.deep.equal([]);
  });

  it('hostile text is just words: markup, bidi, zero-width, 100 kB', () => {
    const big = 'attente '.repeat(12_500);
    const themes = commentThemes([nps(0, '<script>alert(1)</script> attente'), nps(1, big), nps(10, '\u202Erapide\u200B'), nps(9, 'rapide')], { lang: 'fr' });
    expect(themes[0]!.key).to.equal('attente');
    expect(themes[0]!.countA).to.equal(12_501);
  });
});

describe('foldText and commentTerms', () => {
  it('case- and accent-insensitive, elisions cut', () => {
    expect(foldText('Très RÉACTIF, Noël')).to.equal('tres reactif, noel');
    expect([...commentTerms("L'accueil était aimable", 'fr')]).to.deep.equal(['accueil', 'aimable']);
    expect([...commentTerms('The wait was too long', 'en')]).to.deep.equal(['wait', 'too', 'too long', 'long']);
  });
});

describe('displayText', () => {
  it('bidi controls and invisible characters become visible placeholders; emoji joiners stay', () => {
    expect(displayText('\u202Eevil')).to.equal('⟨U+202E⟩evil');
    expect(displayText('\u2066admin\u2069')).to.equal('⟨U+2066⟩admin⟨U+2069⟩');
    expect(displayText('ch\u200Bat')).to.equal('ch⟨U+200B⟩at');
    expect(displayText('a\uFEFFb\u00ADc\u2060d')).to.equal('a⟨U+FEFF⟩b⟨U+00AD⟩c⟨U+2060⟩d');
    // Three "chat" that differ by invisible characters no longer look alike.
    expect(new Set(['chat', 'chat\u200B', 'cha\u200Dt'].map(displayText)).size).to.equal(3);
    expect(displayText('👩\u200D💻')).to.equal('👩\u200D💻');
    expect(displayText('Z\u0351a 👩🏽\u200D💻')).to.equal('Z\u0351a 👩🏽\u200D💻');
    expect(displayText('Accueil en boutique')).to.equal('Accueil en boutique');
    expect(displayText(undefined)).to.equal(undefined);
  });
});
