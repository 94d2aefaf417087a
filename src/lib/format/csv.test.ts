import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, defuseFormula, toCsv } from './csv.ts';

describe(csvField.name, () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('Billing, EU')).toBe('"Billing, EU"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(1234)).toBe('1234');
    expect(csvField(null)).toBe('');
    expect(csvField('a;b')).toBe('"a;b"');
  });

  it('defuses text a spreadsheet would run as a formula, and keeps markup as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(csvField(' =1+1')).toBe(" '=1+1");
    expect(csvField('x;=HYPERLINK("y")')).toBe(`"x;'=HYPERLINK(""y"")"`);
  });

  it('writes negative figures as numbers a spreadsheet can add up', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(-0.25)).toBe('-0.25');
    expect(toCsv([['Change', -5]])).toBe('Change,-5\r\n');
  });
});

describe(defuseFormula.name, () => {
  it('defuses a formula after leading whitespace or a line break, and a leading tab or CR (OWASP)', () => {
    expect(defuseFormula(' =1+1')).toBe(" '=1+1");
    expect(defuseFormula('\n=1+1')).toBe("\n'=1+1");
    expect(defuseFormula('\t@SUM(A1)')).toBe("'\t'@SUM(A1)");
    expect(defuseFormula('\rplain')).toBe("'\rplain");
    expect(defuseFormula('+1')).toBe("'+1");
  });

  it('defuses the piece after a separator, which a spreadsheet set to `;` reads as its own cell', () => {
    expect(defuseFormula('x;=HYPERLINK("https://evil.example","ok")')).toBe(`x;'=HYPERLINK("https://evil.example","ok")`);
    expect(defuseFormula('Ann Lee; -2+3')).toBe("Ann Lee; '-2+3");
    expect(defuseFormula('a,@cmd')).toBe("a,'@cmd");
  });

  it('leaves plain text, e-mail addresses and plain numbers (a change of -5) as they are', () => {
    for (const text of ['Ann Lee', 'ann@example.com', 'Billing, EU', '-5', '-12.5', '3', '2026-11-20', 'a-b', 'x=1']) {
      expect(defuseFormula(text), text).toBe(text);
    }
  });

  it('never leaves a piece that starts a formula, and only ever adds apostrophes', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ' ', '\t', '\r', '\n', ',', ';', 'a', '1', "'", '(') }), (text) => {
        const defused = defuseFormula(text);
        expect(defused.replaceAll("'", '')).toBe(text.replaceAll("'", ''));
        if (/^-?\d+(?:\.\d+)?$/.test(text)) return;
        expect(defused).not.toMatch(/^[\t\r]/);
        for (const piece of defused.split(/[,;\t\r\n]/)) expect(piece.trimStart()).not.toMatch(/^[=+\-@]/);
      }),
    );
  });
});

describe(toCsv.name, () => {
  it('joins lines with CRLF and ends with one', () => {
    expect(toCsv([['a', 1], [], [null, 'b']])).toBe('a,1\r\n\r\n,b\r\n');
  });
});
