import { describe, expect, it } from 'vitest';
import { buildTeamCsv } from './team-csv.ts';
import type { ReadyTeamRow } from './team-rows.ts';

const row: ReadyTeamRow = {
  kind: 'ready',
  id: 7,
  name: '=Ava, "the" agent',
  figures: { replies: 12, conversations: 9, responseTime: 3600.5, resolutionTime: null, handleTime: 240 },
  repliesChange: { previous: 8, fraction: 0.5 },
  conversationsChange: { previous: 0, fraction: null },
};

describe(buildTeamCsv.name, () => {
  it('writes the header block, a blank line, the columns and one line per agent with exact seconds', () => {
    const lines = buildTeamCsv([['Report', 'Team']], [row], false, true).split('\r\n');
    expect(lines[0]).toBe('Report,Team');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('Agent,User id,Replies,Replies (comparison),Replies change (%),Conversations,Conversations (comparison),Conversations change (%),Response time (s),Resolve time (s),Handle time (s)');
    // The name is defused (a leading "=") and quoted; a change against 0 and a mean over nothing are empty.
    expect(lines[3]).toBe(`"'=Ava, ""the"" agent",7,12,8,50,9,0,,3600.5,,240`);
  });

  it('leaves the comparison columns out without a comparison, and says when times count office hours', () => {
    const lines = buildTeamCsv([], [row], true, false).split('\r\n');
    expect(lines[1]).toBe('Agent,User id,Replies,Conversations,Response time in office hours (s),Resolve time in office hours (s),Handle time (s)');
    expect(lines[2]).toBe(`"'=Ava, ""the"" agent",7,12,9,3600.5,,240`);
  });
});
