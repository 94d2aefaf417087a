import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe(csvField.name, () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('Billing, EU')).toBe('"Billing, EU"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(1234)).toBe('1234');
    expect(csvField(null)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula, and keeps markup as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe(toCsv.name, () => {
  it('joins lines with CRLF and ends with one', () => {
    expect(toCsv([['a', 1], [], [null, 'b']])).toBe('a,1\r\n\r\n,b\r\n');
  });
});
