import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NEXT_PATH, loginPath, safeNextPath } from './next-path.ts';

describe(safeNextPath.name, () => {
  it('follows a path on this site, with its query and fragment', () => {
    expect(safeNextPath('/user-history?user=3&tz=Europe/Berlin')).toBe('/user-history?user=3&tz=Europe/Berlin');
    expect(safeNextPath('/new-conversations#chart')).toBe('/new-conversations#chart');
    // An encoded backslash is just a (missing) page on this site: browsers do not decode it into a host.
    expect(safeNextPath('/%5Cevil.example')).toBe('/%5Cevil.example');
  });

  it('refuses anything that could leave the site, and the login page itself', () => {
    const bad = [
      null,
      undefined,
      '',
      'new-conversations',
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/\t/evil.example',
      '/login',
      '/login?next=/login',
      // Dot segments that collapse into a protocol-relative URL once resolved.
      '/.//evil.example/x',
      '/..//evil.example/x',
      '/%2e%2e//evil.example/x',
      '/%2E%2e//evil.example',
      '/././/evil.example',
      '/a/../..//evil.example',
      '/.%2e//evil.example',
      '/./\\evil.example',
    ];
    for (const next of bad) expect(safeNextPath(next), String(next)).toBe(DEFAULT_NEXT_PATH);
  });
});

describe(`${safeNextPath.name} (property)`, () => {
  it('always answers a path that a browser resolves on this site', () => {
    const piece = fc.constantFrom('/', '.', '..', '%2e', '%2E', '\\', 'evil.example', ':', '%5C', '?', '#', '@', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const result = safeNextPath(pieces.join(''));
        expect(result).toMatch(/^\/(?![/\\])/);
        expect(new URL(result, 'https://pulseboard.example').origin).toBe('https://pulseboard.example');
        expect(new URL(result, 'https://pulseboard.example').pathname.startsWith('//')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe(loginPath.name, () => {
  it('encodes the page to come back to', () => {
    expect(loginPath({ pathname: '/user-history', search: '?user=3&range=last-7-days' })).toBe('/login?next=%2Fuser-history%3Fuser%3D3%26range%3Dlast-7-days');
  });
});
