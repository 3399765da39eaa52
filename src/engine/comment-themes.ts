/**
 * The words behind a score: which answer group a response falls in (`scoreGroup`), the
 * accent-insensitive form text is compared in (`foldText`), the terms of a comment
 * (`commentTerms`), and the terms that set the unhappy answers apart from the happy ones
 * (`commentThemes`, Monroe, Colaresi & Quinn's "Fightin' Words").
 */
import { DEFAULT_SCALE, type Metric, type Response } from './schemas.js';
import { STOP_WORDS } from './stop-words.js';

/** Promoter / passive / detractor (NPS), satisfied or not (CSAT), easy / neutral / difficult (CES). */
export type ScoreGroup = 'promoter' | 'passive' | 'detractor' | 'satisfied' | 'not-satisfied' | 'easy' | 'neutral' | 'difficult';

/** Every group of a metric, worst first. */
export const SCORE_GROUPS: Record<Metric, readonly ScoreGroup[]> = {
  nps: ['detractor', 'passive', 'promoter'],
  csat: ['not-satisfied', 'satisfied'],
  ces: ['difficult', 'neutral', 'easy'],
};

/** The unhappy group of each metric, and the happy one it is set against by default. */
export const BAD_GROUP: Record<Metric, ScoreGroup> = { nps: 'detractor', csat: 'not-satisfied', ces: 'difficult' };
export const GOOD_GROUP: Record<Metric, ScoreGroup> = { nps: 'promoter', csat: 'satisfied', ces: 'easy' };

/**
 * The group of one answer, with the engine's cut-offs (`nps`, `csat`, `ces`): NPS promoters
 * 9–10, passives 7–8, detractors 0–6; CSAT satisfied from `max − 1` (top two boxes, 4–5 on
 * 1–5); CES easy strictly past the scale's midpoint on the easy side, difficult strictly
 * before it, neutral on it (4 on 1–7). The scale is the answer's `min` / `max`, else the
 * metric's default; CES polarity the answer's `higherIsEasier`, else `higherIsEasier`.
 */
export function scoreGroup(response: Pick<Response, 'metric' | 'score' | 'min' | 'max' | 'higherIsEasier'>, higherIsEasier = true): ScoreGroup {
  const { metric, score } = response;
  if (metric === 'nps') return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
  const max = response.max ?? DEFAULT_SCALE[metric].max;
  if (metric === 'csat') return score >= max - 1 ? 'satisfied' : 'not-satisfied';
  const min = response.min ?? DEFAULT_SCALE.ces.min;
  const side = (score - (min + max) / 2) * ((response.higherIsEasier ?? higherIsEasier) ? 1 : -1);
  return side > 0 ? 'easy' : side < 0 ? 'difficult' : 'neutral';
}

/** Text as compared: decomposed (NFD), combining marks stripped, lowercased, `’` as `'` ("Très" → "tres"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\u2019\u02bc]/g, "'");
}

/** French elisions glued to the next word by the segmenter (`l'attente`, `qu'il`): the word is what follows. */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/u;

const segmenters = new Map<string, Intl.Segmenter>();

/** A word: its counting key (folded) and the form it was written in (lowercased, accents kept). */
interface Word {
  key: string;
  form: string;
  /** As written, elision included (`d’attente`): the second word of a phrase reads so. */
  written: string;
  stop: boolean;
}

function wordsOf(text: string, lang: string, stops: ReadonlySet<string>): Word[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  const words: Word[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) {
      // Punctuation ends a phrase: "aimable, rapide" is two words, not a two-word phrase.
      if (/[^\s]/u.test(segment) && words.at(-1)?.key !== '') words.push({ key: '', form: '', written: '', stop: true });
      continue;
    }
    const written = segment.toLowerCase();
    let form = written;
    let key = foldText(written);
    const elided = ELISION.exec(key);
    if (elided) {
      key = key.slice(elided[0].length);
      form = form.slice(elided[0].length);
    }
    // Numbers ("20 min") and single letters say nothing of a theme.
    const stop = stops.has(key) || key.length < 2 || /^[\p{N}.,']+$/u.test(key);
    words.push({ key, form, written, stop });
  }
  return words;
}

function stopWords(lang: string | undefined): ReadonlySet<string> {
  if (lang === 'fr' || lang === 'en') return STOP_WORDS[lang];
  return new Set([...STOP_WORDS.fr, ...STOP_WORDS.en]);
}

/** A comment's terms as `commentThemes` counts them, with their forms: words and two-word phrases of consecutive non-stop words. */
function termsOf(text: string, lang: string | undefined, stops: ReadonlySet<string>): Array<{ key: string; form: string }> {
  const words = wordsOf(text, lang ?? 'und', stops);
  const terms: Array<{ key: string; form: string }> = [];
  words.forEach((w, i) => {
    if (w.stop) return;
    terms.push({ key: w.key, form: w.form });
    const next = words[i + 1];
    if (next && !next.stop) terms.push({ key: `${w.key} ${next.key}`, form: `${w.form} ${next.written}` });
  });
  return terms;
}

/** The set of term keys (folded words and two-word phrases) of one comment, to filter comments by a theme. */
export function commentTerms(text: string, lang?: string): Set<string> {
  return new Set(termsOf(text, lang, stopWords(lang)).map((t) => t.key));
}

export interface CommentTheme {
  /** The term as most often written (lowercased, accents kept): `temps d’attente`. */
  term: string;
  /** Its key: folded (`temps d'attente`), what `commentTerms` returns. */
  key: string;
  /** Fightin' Words z-score: > 0 leans to group A (the unhappy answers), < 0 to group B. */
  z: number;
  /** δ̂, the log-odds ratio of A against B with the prior. */
  delta: number;
  /** Occurrences in group A's comments. */
  countA: number;
  /** Occurrences in group B's comments. */
  countB: number;
}

export interface CommentThemesOptions {
  /** The metric whose answers are read (others are skipped). Default: the first commented answer's. */
  metric?: Metric;
  /** `fr` or `en`: the stop words and word breaks; otherwise both lists. */
  lang?: string;
  /**
   * Group B: `good` (default) the happy group only (promoters, satisfied, easy); `rest`
   * every answer not in group A (passives and neutral answers included). For CSAT both are
   * the satisfied answers.
   */
  against?: 'good' | 'rest';
  /** α₀, the weight of the prior in words. Default 100. */
  prior?: number;
  /** Terms seen fewer times than this in A and B together are left out. Default 2. */
  minCount?: number;
  /** CES polarity for answers that do not carry `higherIsEasier`. Default true. */
  higherIsEasier?: boolean;
}

/**
 * The words and two-word phrases that set the unhappy answers' comments (group A:
 * detractors, unsatisfied, difficult) apart from the happy ones' (group B: promoters,
 * satisfied, easy; or every other answer with `against: 'rest'`): the log-odds ratio with
 * an informative Dirichlet prior of Monroe, Colaresi & Quinn (2008), "Fightin' Words",
 * Political Analysis 16(4), §3.5.
 *
 * Counting: words from `Intl.Segmenter` (granularity `word`, `isWordLike`), folded with
 * `foldText` (NFD, marks stripped, lowercase), French elisions cut (`l'attente` →
 * `attente`), fr / en stop words, numbers and one-letter words left out; a bigram is two
 * consecutive non-stop words (punctuation between them breaks the phrase). Unigrams and bigrams share one vocabulary: yᵢʲ is term i's
 * count in group j's comments and nʲ = Σᵢ yᵢʲ.
 *
 * Prior: αᵢ = α₀ · yᵢ / n, term i's share of the whole corpus (A and B) scaled to α₀
 * (default 100: a prior worth 100 words, which pulls terms seen a few times towards no
 * difference without drowning a corpus of a few hundred comments).
 *
 *   δ̂ᵢ = log((yᵢᴬ + αᵢ) / (nᴬ + α₀ − yᵢᴬ − αᵢ)) − log((yᵢᴮ + αᵢ) / (nᴮ + α₀ − yᵢᴮ − αᵢ))
 *   σ²(δ̂ᵢ) ≈ 1 / (yᵢᴬ + αᵢ) + 1 / (yᵢᴮ + αᵢ)
 *   zᵢ = δ̂ᵢ / √σ²(δ̂ᵢ)
 *
 * Returns every term seen at least `minCount` times, sorted by z, highest first (ties by
 * count, then term): the first lean to A, the last to B. Empty when A or B has no word.
 */
export function commentThemes(responses: readonly Response[], options: CommentThemesOptions = {}): CommentTheme[] {
  const metric = options.metric ?? responses.find((r) => r.comment?.trim())?.metric;
  if (!metric) return [];
  const { lang, against = 'good', prior: alpha0 = 100, minCount = 2, higherIsEasier = true } = options;
  const bad = BAD_GROUP[metric];
  const good = GOOD_GROUP[metric];
  const stops = stopWords(lang);
  const counts = new Map<string, { a: number; b: number; forms: Map<string, number> }>();
  let nA = 0;
  let nB = 0;
  for (const r of responses) {
    if (r.metric !== metric || !r.comment) continue;
    const group = scoreGroup(r, higherIsEasier);
    const inA = group === bad;
    if (!inA && against === 'good' && group !== good) continue;
    for (const { key, form } of termsOf(r.comment, lang, stops)) {
      let c = counts.get(key);
      if (!c) counts.set(key, (c = { a: 0, b: 0, forms: new Map() }));
      if (inA) (c.a++, nA++);
      else (c.b++, nB++);
      c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
    }
  }
  if (nA === 0 || nB === 0) return [];
  const n = nA + nB;
  const themes: CommentTheme[] = [];
  for (const [key, c] of counts) {
    if (c.a + c.b < minCount) continue;
    const alpha = (alpha0 * (c.a + c.b)) / n;
    const delta = Math.log((c.a + alpha) / (nA + alpha0 - c.a - alpha)) - Math.log((c.b + alpha) / (nB + alpha0 - c.b - alpha));
    const z = delta / Math.sqrt(1 / (c.a + alpha) + 1 / (c.b + alpha));
    let term = key;
    let best = 0;
    for (const [form, count] of c.forms) if (count > best) [term, best] = [form, count];
    themes.push({ term, key, z, delta, countA: c.a, countB: c.b });
  }
  return themes.sort((x, y) => y.z - x.z || y.countA + y.countB - (x.countA + x.countB) || (x.key < y.key ? -1 : 1));
}
