import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRevocationList, parseRevokedIds } from './revocation-list.ts';

describe(parseRevokedIds.name, () => {
  it('reads one id a line and skips comments and blank lines', () => {
    expect(parseRevokedIds('# lobby TV, stolen\nabc123\n\n  def456  # kitchen\r\n#ghi\n')).toEqual(['abc123', 'def456']);
  });
});

describe(createRevocationList.name, () => {
  function setup(initial: string) {
    const file = join(mkdtempSync(join(tmpdir(), 'pulseboard-revoked-')), 'revoked.txt');
    writeFileSync(file, initial);
    let t = 0;
    const lines: string[] = [];
    const list = createRevocationList({ file, ids: ['fixed1'], now: () => t, checkEveryMs: 2000, log: (l) => lines.push(l) });
    return { file, list, lines, advance: (ms: number) => void (t += ms) };
  }

  it('re-reads the file when it changes, at most every few seconds', () => {
    const { file, list, advance } = setup('first\n');
    expect(list.has('first')).toBe(true);
    expect(list.has('fixed1')).toBe(true);
    expect(list.has('second')).toBe(false);
    appendFileSync(file, 'second\n');
    advance(1000);
    expect(list.has('second')).toBe(false); // not checked yet
    advance(1000);
    expect(list.has('second')).toBe(true);
  });

  it('keeps the last list, and says so once, when the file disappears', () => {
    const { file, list, lines, advance } = setup('first\n');
    rmSync(file);
    advance(2000);
    expect(list.has('first')).toBe(true);
    advance(2000);
    list.has('first');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('keeping the last list of 1');
  });

  it('refuses to start on a file it cannot read', () => {
    expect(() => createRevocationList({ file: '/nonexistent/revoked.txt', now: () => 0 })).toThrow(/WALL_LINK_REVOKED_FILE/);
  });
});
