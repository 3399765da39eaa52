/**
 * The accessibility matrix (DESIGN.md §2, "axe-core finds no WCAG 2.2 A/AA
 * violation in light, dark, fr, en, keyboard-only and forced-colors runs"):
 * axe-core on every state of every element, under a covering design of the
 * conditions (design.ts): theme attribute × OS colour scheme × language ×
 * forced colours × reduced motion × a 320 px viewport.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type * as Axe from 'axe-core';
import { clearSurveyStorage } from '../survey/helpers.js';
import { textContrastProblems } from './contrast.js';
import { describeViolations, incompleteReasons, runAxe } from './axe.js';
import { design, uncovered, RUNS_PER_STATE, type Conditions } from './design.js';
import { mountState, STATES, type ElementName } from './states.js';

const ELEMENTS: ElementName[] = ['kpi-nps-gauge', 'kpi-channel-csat', 'kpi-attribution-sankey', 'kpi-survey'];
const statesOf = (e: ElementName) => STATES.filter((s) => s.element === e);
const RUNS = design(Object.fromEntries(ELEMENTS.map((e) => [e, statesOf(e).length])));

/** The browser's default viewport for the tests (web-test-runner's). */
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

async function apply(c: Conditions) {
  await setViewport({ width: Number(c.width), height: c.width === '320' ? 640 : DEFAULT_VIEWPORT.height });
  // One emulateMedia call sets both (a call resets the features it does not name); forced colours go through
  // their own session, with the scheme again so that a dark OS gets the dark forced palette.
  await emulateMedia({ colorScheme: c.os, reducedMotion: c.motion });
  await executeServerCommand('forced-colors', { active: c.forced === 'active', colorScheme: c.os });
}

async function reset() {
  await executeServerCommand('forced-colors', { active: false });
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await setViewport(DEFAULT_VIEWPORT);
}

const label = (c: Conditions) =>
  [`theme=${c.theme}`, `os=${c.os}`, c.lang, c.forced === 'active' ? 'forced colors' : '', c.motion === 'reduce' ? 'reduced motion' : '', `${c.width}px`].filter(Boolean).join(', ');

/** Elements of the shadow root with a running animation or a transition that takes time. */
function moving(el: Element): string[] {
  const root = el.shadowRoot!;
  const animated = root.getAnimations().map((a) => `animation on ${((a.effect as KeyframeEffect).target as Element).localName}`);
  const transitions = [...root.querySelectorAll('*')]
    .filter((e) => getComputedStyle(e).transitionDuration.split(',').some((d) => parseFloat(d) > 0))
    .map((e) => `transition on ${e.localName}.${e.getAttribute('class')}`);
  return [...animated, ...[...new Set(transitions)]];
}

/** What axe could not decide, over every run, by forced colours on / off. */
const incomplete = { none: new Map<string, number>(), active: new Map<string, number>() };
const rulesApplied = new Set<string>();
let runs = 0;

describe('accessibility matrix (axe-core, WCAG 2.2 A/AA)', function () {
  this.timeout(20000);

  before(() => clearSurveyStorage());
  afterEach(async () => {
    await reset();
    await clearSurveyStorage();
  });

  after(() => {
    const lines = (m: Map<string, number>) => [...m].sort().map(([k, n]) => `    ${k} — ${n} node(s)`).join('\n') || '    (none)';
    console.log(
      `a11y matrix: ${runs} axe runs (${STATES.length} states × ${RUNS_PER_STATE}), ${rulesApplied.size} rules selected (page-level ones inapplicable to an element)\n` +
        `  incomplete, forced colours off:\n${lines(incomplete.none)}\n  incomplete, forced colours on:\n${lines(incomplete.active)}`,
    );
  });

  it('the design covers every level per state and every pair of levels per element', () => {
    expect(uncovered(RUNS)).to.deep.equal([]);
    expect(Object.values(RUNS).flat().flat()).to.have.length(STATES.length * RUNS_PER_STATE);
  });

  for (const element of ELEMENTS) {
    describe(element, () => {
      statesOf(element).forEach((state, i) => {
        for (const c of RUNS[element]![i]!) {
          it(`${state.name}: ${label(c)}`, async () => {
            await apply(c);
            // The conditions hold in the page (emulation is not silently lost).
            expect([matchMedia('(prefers-color-scheme: dark)').matches, matchMedia('(forced-colors: active)').matches, matchMedia('(prefers-reduced-motion: reduce)').matches, innerWidth]).to.deep.equal([
              c.os === 'dark',
              c.forced === 'active',
              c.motion === 'reduce',
              Number(c.width),
            ]);
            const el = await mountState(state, c.lang, c.theme);
            const base = el.shadowRoot!.querySelector('[part=base]')!;
            // The theme in effect: the attribute, else the OS (read from a token: forced colours make color-scheme "light dark").
            // Forced colours: the palette follows the OS scheme (Canvas white or black).
            if (c.forced === 'active') expect(getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor).to.equal(c.os === 'dark' ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)');
            expect(getComputedStyle(el).getPropertyValue('--_surface')).to.equal((c.theme === 'none' ? c.os : c.theme) === 'dark' ? '#161b22' : '#ffffff');
            expect(base.getAttribute('lang')).to.equal(c.lang);
            // Reduced motion: nothing moves (the skeleton's pulse, the Sankey's fades are off).
            if (c.motion === 'reduce') expect(moving(el)).to.deep.equal([]);
            const results: Axe.AxeResults = await runAxe(el, { forced: c.forced === 'active' });
            runs++;
            const applied = [...results.violations, ...results.incomplete, ...results.passes, ...results.inapplicable].map((r) => r.id);
            applied.forEach((id) => rulesApplied.add(id));
            // WCAG 2.2's rule is really on (axe keeps it off unless asked for by tag).
            expect(applied).to.include('target-size');
            for (const [k, n] of incompleteReasons(results.incomplete)) incomplete[c.forced].set(k, (incomplete[c.forced].get(k) ?? 0) + n);
            expect(results.violations.length, describeViolations(results.violations)).to.equal(0);
            // What axe leaves undecided (chart text) or gets wrong (forced colours), measured here.
            expect(textContrastProblems(el, c.forced === 'active')).to.deep.equal([]);
          });
        }
      });
    });
  }
});
