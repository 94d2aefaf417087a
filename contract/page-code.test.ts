import { describe, expect, it } from 'vitest';
import { decodePageCode, encodePageCode, isPageCodeFile } from './page-code.ts';

describe('page code list', () => {
  it('round-trips the build files', () => {
    const files = ['/assets/main-Ab12_c.js', '/assets/index-9x.js'];
    expect(decodePageCode(encodePageCode(files))).toEqual(files);
  });

  it('accepts only scripts under /assets', () => {
    for (const bad of ['https://evil.example/x.js', '//evil.example/assets/x.js', '/assets/../x.js', '/assets/x.css', '/api/v1/x.js', '/assets/a/b.js', 'javascript:alert(1)', 42, null]) {
      expect(isPageCodeFile(bad), String(bad)).toBe(false);
    }
    expect(decodePageCode(JSON.stringify(['/assets/ok.js', 'https://evil.example/x.js']))).toEqual(['/assets/ok.js']);
  });

  it('reads a damaged list as empty, and cannot be ended early by its content', () => {
    expect(decodePageCode('[not json')).toEqual([]);
    expect(decodePageCode('{"a":1}')).toEqual([]);
    expect(decodePageCode(null)).toEqual([]);
    expect(encodePageCode(['/assets/</script>.js'])).not.toContain('<');
  });
});
