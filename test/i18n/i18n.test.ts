import { expect } from '@open-wc/testing';
import { columnDigits, fixedDigits, formatCurrency, formatNumber, formatPercent, formatSigned, isCurrency } from '../../src/i18n/format.js';
import { toLang } from '../../src/i18n/lang.js';
import { ATTRIBUTION_SANKEY_STRINGS } from '../../src/elements/attribution-sankey/attribution-sankey.strings.js';
import { CHANNEL_CSAT_STRINGS } from '../../src/elements/channel-csat/channel-csat.strings.js';
import { NPS_GAUGE_STRINGS } from '../../src/elements/nps-gauge/nps-gauge.strings.js';
import { SURVEY_STRINGS } from '../../src/elements/survey/survey.strings.js';
import { STRINGS } from '../../src/i18n/strings.js';

/** Every string table of the kit: the shared one and each element's. */
const TABLES = { shared: STRINGS, 'nps-gauge': NPS_GAUGE_STRINGS, 'channel-csat': CHANNEL_CSAT_STRINGS, 'attribution-sankey': ATTRIBUTION_SANKEY_STRINGS, survey: SURVEY_STRINGS };

/** Every key path of a strings object, functions called with sample arguments. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'function') out.set(prefix, String((value as (...a: unknown[]) => unknown)('X', 'Y')));
  else if (typeof value === 'string') out.set(prefix, value);
  else for (const [k, v] of Object.entries(value as object)) for (const [kk, vv] of flatten(v, `${prefix}.${k}`)) out.set(kk, vv);
  return out;
}

describe('strings', () => {
  const en = flatten(Object.fromEntries(Object.entries(TABLES).map(([k, t]) => [k, t.en])));
  const fr = flatten(Object.fromEntries(Object.entries(TABLES).map(([k, t]) => [k, t.fr])));

  it('exist in both languages, under the same keys, none empty', () => {
    expect([...fr.keys()]).to.deep.equal([...en.keys()]);
    for (const [key, text] of [...en, ...fr]) expect(text.trim(), key).not.to.equal('');
  });

  it('are translated: the French sentences differ from the English ones', () => {
    // Brand names, ranges and symbols are the same in both languages; sentences are not.
    const same = [...en].filter(([k, v]) => fr.get(k) === v && /[a-z]{4,}/.test(v) && !/Net Promoter Score|NPS/.test(v)).map(([k]) => k);
    // Words spelt the same in both: "null", "acceptable", "Total", "Satisfaction (CSAT)", "Score", "conversion(s)".
    expect(same).to.deep.equal([
      '.shared.types.null',
      '.nps-gauge.band.good',
      '.nps-gauge.total',
      '.channel-csat.metric.csat',
      '.channel-csat.score',
      '.attribution-sankey.conversion',
      '.attribution-sankey.conversions',
      '.attribution-sankey.conversionsHeader',
    ]);
  });
});

describe('number formats', () => {
  it('follow the language: 42,5 % in French, 42.5% in English', () => {
    // A no-break space before % in French (which one, U+00A0 or U+202F, depends on the ICU version).
    expect(formatPercent(42.5, 'fr')).to.match(/^42,5[\u00a0\u202f]%$/);
    expect(formatPercent(42.5, 'en')).to.equal('42.5%');
    expect(formatNumber(1204, 'fr')).to.match(/^1[\u00a0\u202f]204$/);
    expect(formatNumber(1204, 'en')).to.equal('1,204');
  });

  it('sign differences: +30, −12, 0', () => {
    expect(formatSigned(30, 'en')).to.equal('+30');
    // The typographic minus U+2212, not the hyphen-minus Intl writes.
    expect(formatSigned(-12.34, 'en')).to.equal('\u221212.3');
    expect(formatNumber(-5, 'fr')).to.equal('\u22125');
    expect(formatPercent(-2.5, 'en')).to.equal('\u22122.5%');
    expect(formatSigned(0, 'fr')).to.equal('0');
  });

  it('one rule per column: the digits the most precise value needs, the same for all', () => {
    expect(columnDigits([82, 91.2, 70])).to.equal(1); // 91.2 needs one digit: "82.0", "91.2", "70.0"
    expect(columnDigits([82, 91.04, 70])).to.equal(0); // 91.04 rounds to 91.0 at one digit: none needed
    expect(columnDigits([239.26, 12], 2)).to.equal(2);
    expect(columnDigits([0.5, NaN, Infinity], 2)).to.equal(1);
    expect(columnDigits([])).to.equal(0);
    expect([82, 91.2].map((v) => formatNumber(v, 'en', fixedDigits(columnDigits([82, 91.2]))))).to.deep.equal(['82.0', '91.2']);
  });

  it('amounts in a currency by Intl, EUR by default, and unknown codes refused', () => {
    expect(formatCurrency(27029.01, 'fr')).to.match(/^27[\u00a0\u202f]029,01[\u00a0\u202f]€$/);
    expect(formatCurrency(27029.01, 'en', 'usd')).to.equal('$27,029.01');
    expect(formatCurrency(-3.5, 'en', 'EUR', 0)).to.equal('\u2212€4');
    expect(['EUR', 'usd', 'JPY'].map(isCurrency)).to.deep.equal([true, true, true]);
    expect(['EURO', 'E1R', '', 'xx'].map(isCurrency)).to.deep.equal([false, false, false, false]);
  });
});

describe('lang resolution', () => {
  it('reads French from any fr tag and falls back to English', () => {
    expect(['fr', 'fr-CA', 'FR-be', ' fr '].map(toLang)).to.deep.equal(['fr', 'fr', 'fr', 'fr']);
    expect(['en', 'de', '', null, undefined].map(toLang)).to.deep.equal(['en', 'en', 'en', 'en', 'en']);
  });
});
