import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeLogText } from './safe-text.ts';

describe(safeLogText.name, () => {
  it('escapes line breaks, terminal escapes and other controls, and leaves text alone', () => {
    expect(safeLogText('/api/v1/x\r\nsecurity: wall link FORGED created')).toBe('/api/v1/x\\r\\nsecurity: wall link FORGED created');
    expect(safeLogText('\u001b[2Jcleared')).toBe('\\x1b[2Jcleared');
    expect(safeLogText('a\u0085b\u2028c\u0000d\u007f')).toBe('a\\x85b\\u2028c\\x00d\\x7f');
    expect(safeLogText('C:\\path\\n')).toBe('C:\\\\path\\\\n');
    expect(safeLogText('Zoë 名前 <img src=x> 203.0.113.66')).toBe('Zoë 名前 <img src=x> 203.0.113.66');
  });

  it('always gives one line with no control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // eslint-disable-next-line no-control-regex -- asserting their absence
        expect(safeLogText(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
    );
  });

  it('is reversible: two different fields never log the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        fc.pre(a !== b);
        expect(safeLogText(a)).not.toBe(safeLogText(b));
      }),
    );
  });
});
