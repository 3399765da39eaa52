// One colour per channel across elements (issue 14): fixed slots for the kit's channels,
// free slots in name order for the others, independent of data order.
import { expect } from '@open-wc/testing';
import { CHANNEL_PALETTE_SIZE, channelClass, channelSlots } from '../../src/theme/channel-palette.js';

describe('channelSlots', () => {
  it('gives a known channel the same slot whatever else the chart holds, in any order or case', () => {
    const marketing = channelSlots(['search', 'email', 'display']);
    const support = channelSlots(['chat', 'phone', 'Email']);
    expect(marketing.get('email')).to.equal(0);
    expect(support.get('Email')).to.equal(0);
    expect(channelSlots(['display', 'search', 'email'])).to.deep.equal(marketing);
  });

  it('puts unknown channels, sorted, on the slots no channel of the chart holds', () => {
    // email 0, social 1 taken; the free slots in order are 2, 3, … : "fax" < "kiosk".
    const slots = channelSlots(['kiosk', 'email', 'fax', 'social']);
    expect(slots.get('fax')).to.equal(2);
    expect(slots.get('kiosk')).to.equal(3);
  });

  it('wraps when a chart has more channels than colours, and never reads inherited keys', () => {
    const names = Array.from({ length: 12 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const slots = channelSlots(names);
    expect(slots.get('c00')).to.equal(0);
    expect(slots.get('c10')).to.equal(0); // the 11th unknown channel wraps to the first free slot
    expect(slots.get('c11')).to.equal(1);
    // "__proto__" and "toString" are not known channels: they sort before / after "email" (slot 0 taken).
    const odd = channelSlots(['toString', 'email', '__proto__']);
    expect([odd.get('__proto__'), odd.get('toString')]).to.deep.equal([1, 2]);
    expect([...slots.values()].every((s) => s >= 0 && s < CHANNEL_PALETTE_SIZE)).to.equal(true);
  });

  it('names a class per slot (it sets --_ch to the slot\'s theme token, so a page can restyle a channel), wrapping past ten', () => {
    expect(channelClass(3)).to.equal('ch-3');
    expect(channelClass(13)).to.equal('ch-3');
  });
});
