import { expect } from '@open-wc/testing';
import { formatDuration } from '../../src/i18n/duration.js';

// Non-breaking spaces between a number and its unit, as the element prints them.
const nb = (text: string) => text.replace(/ (?=[a-z])/g, '\u00a0');

describe('formatDuration: the two largest units, the smaller rounded', () => {
  it('seconds, minutes, hours, days (from two of them)', () => {
    expect(formatDuration(48, 'en')).to.equal(nb('48 s'));
    expect(formatDuration(252, 'en')).to.equal(nb('4 min 12 s')); // 4 · 60 + 12
    expect(formatDuration(11_400, 'en')).to.equal(nb('3 h 10 min')); // 3 · 3600 + 10 · 60
    expect(formatDuration(86_400, 'en')).to.equal(nb('24 h')); // one day reads as 24 h
    expect(formatDuration(190_800, 'en')).to.equal(nb('2 d 5 h')); // 2 · 86 400 + 5 · 3600
    expect(formatDuration(190_800, 'fr')).to.equal(nb('2 j 5 h'));
  });

  it('rounds to the smaller unit before splitting: 3 h 59 min 40 s is 4 h, not 3 h 60 min', () => {
    expect(formatDuration(14_380, 'en')).to.equal(nb('4 h'));
    expect(formatDuration(59.6, 'en')).to.equal(nb('1 min'));
    expect(formatDuration(0, 'en')).to.equal(nb('0 s'));
    expect(formatDuration(-120, 'en')).to.equal(nb('−2 min'));
  });
});
