/**
 * Revoked wall link ids: WALL_LINK_REVOKED_IDS, plus WALL_LINK_REVOKED_FILE (one id a line,
 * `#` starts a comment). The file is read at start-up, where a missing file is an error, since a
 * mistyped path would silently revoke nothing; after that it is re-read when its modification
 * time changes, checked at most every `checkEveryMs`. A file that vanishes keeps the last list.
 */
import { readFileSync, statSync } from 'node:fs';
import { safeLogText } from '../logging/safe-text.ts';

export interface RevocationListOptions {
  ids?: readonly string[];
  file?: string;
  now: () => number;
  checkEveryMs?: number;
  log?: (line: string) => void;
}

export function parseRevokedIds(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

export function createRevocationList({ ids = [], file, now, checkEveryMs = 2000, log = console.warn }: RevocationListOptions) {
  const fixed = new Set(ids);
  let fromFile = new Set<string>();
  let version = '';
  let checkedAt = -Infinity;
  let failing = false;

  function reload(required: boolean): void {
    if (!file) return;
    try {
      const stat = statSync(file);
      failing = false;
      const seen = `${stat.mtimeMs}:${stat.size}`;
      if (seen === version) return;
      fromFile = new Set(parseRevokedIds(readFileSync(file, 'utf8')));
      version = seen;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (required) {
        throw new Error(`WALL_LINK_REVOKED_FILE: cannot read it (${reason}). Create the file (it may be empty) or unset the variable.`, { cause: error });
      }
      if (!failing) log(`Pulseboard: cannot re-read WALL_LINK_REVOKED_FILE (${safeLogText(reason)}); keeping the last list of ${fromFile.size} revoked ids`);
      failing = true;
    }
  }

  reload(true);
  return {
    has(id: string): boolean {
      const t = now();
      if (t - checkedAt >= checkEveryMs) {
        checkedAt = t;
        reload(false);
      }
      return fixed.has(id) || fromFile.has(id);
    },
  };
}
