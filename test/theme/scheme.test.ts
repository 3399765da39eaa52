// DESIGN.md §2: an explicit `theme`, else the host page's `color-scheme`, else the OS; and `frameless`.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/kpi-nps-gauge.js';
import '../../src/kpi-survey.js';
import { resolveScheme } from '../../src/theme/scheme.js';
import { until } from '../helpers.js';

describe('resolveScheme', () => {
  const cases: Array<[theme: string | null, host: string, osDark: boolean, expected: 'light' | 'dark']> = [
    ['dark', 'light', false, 'dark'], // theme wins over the page
    ['light', 'dark', true, 'light'], // and over the OS
    [null, 'light', true, 'light'], // a light page in a dark OS: light
    [null, 'only light', true, 'light'],
    [null, 'dark', false, 'dark'], // a dark page in a light OS: dark
    [null, 'normal', true, 'dark'], // the page names none: the OS
    [null, 'normal', false, 'light'],
    [null, 'light dark', true, 'dark'], // the page takes either: the OS
    [null, 'dark light', false, 'light'],
    ['purple', '', false, 'light'], // an unknown theme is no theme
  ];
  for (const [theme, host, osDark, expected] of cases) {
    it(`theme ${theme ?? '(none)'}, page "${host}", OS ${osDark ? 'dark' : 'light'} → ${expected}`, () => {
      expect(resolveScheme(theme, host, osDark)).to.equal(expected);
    });
  }
});

describe('elements follow the page they are on', () => {
  const placed: HTMLElement[] = [];
  /** An element of `tag` in a box whose `color-scheme` is `scheme` (attributes on the element). */
  function place(tag: string, scheme: string, attrs: Record<string, string> = {}) {
    const box = document.createElement('div');
    box.style.colorScheme = scheme;
    const el = document.createElement(tag);
    el.setAttribute('lang', 'en');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    box.append(el);
    document.body.append(box);
    placed.push(box);
    return el as HTMLElement & { updateComplete: Promise<unknown> };
  }
  const surface = async (el: HTMLElement & { updateComplete: Promise<unknown> }) => {
    await el.updateComplete;
    return getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor;
  };
  /** The surfaces of explicit light and dark: the references the other cases are compared with. */
  async function references(tag: string) {
    return { light: await surface(place(tag, 'normal', { theme: 'light' })), dark: await surface(place(tag, 'normal', { theme: 'dark' })) };
  }

  afterEach(async () => {
    for (const box of placed.splice(0)) box.remove();
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const tag of ['kpi-nps-gauge', 'kpi-survey']) {
    it(`<${tag}>: a light page in a dark OS draws light; a dark page in a light OS draws dark; a page that names none follows the OS`, async () => {
      const ref = await references(tag);
      expect(ref.light).to.not.equal(ref.dark);
      await emulateMedia({ colorScheme: 'dark' });
      expect(await surface(place(tag, 'light')), 'light page, dark OS').to.equal(ref.light);
      expect(await surface(place(tag, 'normal')), 'no page scheme, dark OS').to.equal(ref.dark);
      expect(await surface(place(tag, 'light', { theme: 'dark' })), 'theme="dark" on a light page').to.equal(ref.dark);
      await emulateMedia({ colorScheme: 'light' });
      expect(await surface(place(tag, 'dark')), 'dark page, light OS').to.equal(ref.dark);
    });
  }

  it("follows the page's switch: color-scheme set on the root element later, and the OS preference changing", async () => {
    const ref = await references('kpi-nps-gauge');
    const el = place('kpi-nps-gauge', '');
    // The box inherits from the root: nothing named, light OS.
    expect(await surface(el)).to.equal(ref.light);
    document.documentElement.style.colorScheme = 'dark';
    await until(() => getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor === ref.dark, 'dark after the root says dark');
    document.documentElement.style.colorScheme = '';
    await until(() => getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor === ref.light, 'light again');
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor === ref.dark, 'dark when the OS turns dark');
  });

  it('frameless: no border, background or padding; the title is not shown but still read', async () => {
    const data = JSON.stringify({ responses: [{ metric: 'nps', score: 9 }] });
    const framed = place('kpi-nps-gauge', 'light', { data });
    const bare = place('kpi-nps-gauge', 'light', { data, frameless: '' });
    await framed.updateComplete;
    await bare.updateComplete;
    const framedBase = getComputedStyle(framed.shadowRoot!.querySelector('[part=base]')!);
    const base = getComputedStyle(bare.shadowRoot!.querySelector('[part=base]')!);
    expect(framedBase.borderTopWidth).to.equal('1px');
    expect([base.borderTopWidth, base.paddingTop, base.paddingLeft, base.backgroundColor]).to.deep.equal(['0px', '0px', '0px', 'rgba(0, 0, 0, 0)']);
    const title = bare.shadowRoot!.querySelector<HTMLElement>('[part=title]')!;
    expect(title.getBoundingClientRect().height).to.be.at.most(1);
    expect(title.textContent!.trim()).to.equal('Net Promoter Score');
    expect(framed.shadowRoot!.querySelector<HTMLElement>('[part=title]')!.getBoundingClientRect().height).to.be.above(10);
  });
});
