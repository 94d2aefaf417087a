/**
 * The wall builder's form (loaded when the dialog first opens, see wall-builder.tsx): a dialog on the report pages that builds a wall by name — its panels
 * (New conversations, the team, agents picked from the list), rotation, refresh, theme and zone —
 * shows a preview of what the screen will cycle through, and gives the /wall URL and, where the
 * server has wall links, a signed link for a screen with no login. Nobody types an id.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { listTimeZones } from '../../../../contract/dates/time-zones.ts';
import { NEW_CONVERSATIONS_PANEL, TEAM_PANEL, type ReportPanel } from '../../../../contract/url-state/panels.ts';
import type { ReportFilters } from '../../../../contract/url-state/report-filters.ts';
import { MAX_WALL_USERS, WALL_THEMES } from '../../../../contract/url-state/wall-url-state.ts';
import { isApiError } from '../../../lib/api/api-error.ts';
import { fullName, usersQueryOptions } from '../../../lib/api/users.ts';
import { createWallLink } from '../api/create-wall-link.ts';
import { builtWall, choiceProblem, REFRESH_CHOICES, ROTATE_CHOICES, type WallChoice } from '../lib/wall-builder.ts';


const REPORT_PANEL_LABELS: Record<ReportPanel, string> = { [NEW_CONVERSATIONS_PANEL]: 'New conversations', [TEAM_PANEL]: 'Team' };
const seconds = (n: number) => (n < 60 ? `${n} seconds` : n === 60 ? '1 minute' : `${n / 60} minutes`);

function linkProblem(error: unknown): string {
  if (isApiError(error) && (error.status === 404 || error.status === 503)) return 'Wall links are turned off on this server: use the wall URL on a screen that is logged in.';
  return error instanceof Error ? error.message : 'The link could not be created.';
}

function SecondsSelect({ label, value, choices, onChange }: { label: string; value: number; choices: readonly number[]; onChange: (value: number) => void }) {
  return (
    <label className="wall-builder-field">
      {label}
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {choices.map((n) => (
          <option key={n} value={n}>
            {seconds(n)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function BuilderForm({ filters, tz, onClose }: { filters: ReportFilters; tz: string; onClose: () => void }) {
  const [choice, setChoice] = useState<WallChoice>({ panels: [NEW_CONVERSATIONS_PANEL], users: [], rotate: 20, refresh: 60, theme: 'dark', tz });
  const [agentFilter, setAgentFilter] = useState('');
  const [copied, setCopied] = useState<'url' | 'link' | null>(null);
  const users = useQuery(usersQueryOptions());
  const zones = useMemo(() => listTimeZones(), []);
  const link = useMutation({ mutationFn: createWallLink });
  const ids = { agents: useId(), preview: useId() };
  const change = (patch: Partial<WallChoice>) => {
    setChoice((current) => ({ ...current, ...patch }));
    setCopied(null);
    link.reset();
  };
  const togglePanel = (panel: ReportPanel, on: boolean) => change({ panels: on ? [...choice.panels, panel] : choice.panels.filter((p) => p !== panel) });
  const toggleUser = (id: number, on: boolean) => change({ users: on ? [...choice.users, id] : choice.users.filter((u) => u !== id) });

  const problem = choiceProblem(choice);
  const { search, linkParams } = builtWall(filters, choice);
  const wallUrl = new URL(`/wall?${search}`, window.location.origin).href;
  const signedUrl = link.data ? new URL(link.data.url, window.location.origin).href : null;
  const agents = (users.data ?? []).filter((user) => fullName(user).toLowerCase().includes(agentFilter.trim().toLowerCase()));
  const nameOf = (id: number) => {
    const user = users.data?.find((u) => u.id === id);
    return user ? fullName(user) : `Agent #${id}`;
  };
  const order = [...choice.panels.map((panel) => REPORT_PANEL_LABELS[panel]), ...[...choice.users].sort((a, b) => a - b).map(nameOf)];
  const copy = async (text: string, what: 'url' | 'link') => {
    await navigator.clipboard.writeText(text).then(
      () => setCopied(what),
      () => setCopied(null),
    );
  };

  return (
    <form method="dialog" className="wall-builder-form" onSubmit={(event) => event.preventDefault()}>
      <header className="wall-builder-header">
        <h2 id="wall-builder-title">Set up a wall screen</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="muted">The wall shows this page’s range and filters, full screen, refreshing on its own.</p>

      <fieldset className="wall-builder-panels">
        <legend>Panels</legend>
        {([NEW_CONVERSATIONS_PANEL, TEAM_PANEL] as const).map((panel) => (
          <label key={panel} className="wall-builder-check">
            <input type="checkbox" checked={choice.panels.includes(panel)} onChange={(event) => togglePanel(panel, event.target.checked)} />
            {REPORT_PANEL_LABELS[panel]}
          </label>
        ))}
      </fieldset>

      <fieldset className="wall-builder-agents" aria-describedby={ids.agents}>
        <legend>Agents, one panel each</legend>
        <p id={ids.agents} className="muted">
          Up to {MAX_WALL_USERS}. {choice.users.length} chosen.
        </p>
        <label className="wall-builder-field">
          Find an agent
          <input type="search" value={agentFilter} onChange={(event) => setAgentFilter(event.target.value)} />
        </label>
        <div className="wall-builder-agent-list">
          {users.isPending && <p className="muted">Loading the agents…</p>}
          {users.isError && <p role="alert">Couldn’t load the agents: {users.error.message}</p>}
          {agents.map((user) => {
            const chosen = choice.users.includes(user.id);
            return (
              <label key={user.id} className="wall-builder-check">
                <input type="checkbox" checked={chosen} disabled={!chosen && choice.users.length >= MAX_WALL_USERS} onChange={(event) => toggleUser(user.id, event.target.checked)} />
                {fullName(user)}
              </label>
            );
          })}
          {users.data && agents.length === 0 && <p className="muted">No agent matches “{agentFilter}”.</p>}
        </div>
      </fieldset>

      <div className="wall-builder-settings">
        <SecondsSelect label="Each panel shows for" value={choice.rotate} choices={ROTATE_CHOICES} onChange={(rotate) => change({ rotate })} />
        <SecondsSelect label="Refresh every" value={choice.refresh} choices={REFRESH_CHOICES} onChange={(refresh) => change({ refresh })} />
        <label className="wall-builder-field">
          Theme
          <select value={choice.theme} onChange={(event) => change({ theme: event.target.value === 'light' ? 'light' : 'dark' })}>
            {WALL_THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {theme === 'dark' ? 'Dark' : 'Light'}
              </option>
            ))}
          </select>
        </label>
        <label className="wall-builder-field">
          Time zone
          <select value={choice.tz} onChange={(event) => change({ tz: event.target.value })}>
            {(zones.includes(choice.tz) ? zones : [choice.tz, ...zones]).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
      </div>

      <section className={`wall-builder-preview wall-builder-preview--${choice.theme}`} aria-labelledby={ids.preview}>
        <h3 id={ids.preview}>Preview</h3>
        {problem ? (
          <p role="alert">{problem}</p>
        ) : (
          <>
            <ol className="wall-builder-preview-panels">
              {order.map((title, i) => (
                <li key={`${i}-${title}`} className={i === 0 ? 'wall-builder-preview-panel wall-builder-preview-panel--first' : 'wall-builder-preview-panel'}>
                  {title}
                </li>
              ))}
            </ol>
            <p>
              {order.length > 1 ? `Turns to the next panel every ${seconds(choice.rotate)}` : 'One panel, always on screen'}; figures refresh every {seconds(choice.refresh)}; times in {choice.tz}.
            </p>
          </>
        )}
      </section>

      {!problem && (
        <div className="wall-builder-result">
          <label className="wall-builder-field wall-builder-url">
            Wall URL (for a screen that is logged in)
            <input type="text" readOnly value={wallUrl} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <div className="wall-builder-actions">
            <a className="button button--primary" href={wallUrl}>
              Open the wall
            </a>
            <button type="button" className="button" onClick={() => void copy(wallUrl, 'url')}>
              Copy URL
            </button>
            <button type="button" className="button" disabled={link.isPending} onClick={() => link.mutate({ params: linkParams })}>
              {link.isPending ? 'Creating…' : 'Create signed link'}
            </button>
            <span role="status">{copied === 'url' ? 'URL copied' : copied === 'link' ? 'Link copied' : ''}</span>
          </div>
          {link.isError && <p role="alert">{linkProblem(link.error)}</p>}
          {signedUrl && (
            <div className="wall-builder-signed">
              <label className="wall-builder-field wall-builder-url">
                Signed link (opens without a login until {link.data?.expiresAt.slice(0, 10)})
                <input type="text" readOnly value={signedUrl} onFocus={(event) => event.currentTarget.select()} />
              </label>
              <button type="button" className="button" onClick={() => void copy(signedUrl, 'link')}>
                Copy signed link
              </button>
            </div>
          )}
        </div>
      )}
    </form>
  );
}
