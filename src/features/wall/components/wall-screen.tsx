/**
 * The wall: no controls, panels that rotate, and a status that always says how old the numbers
 * are. Every panel stays mounted (the hidden ones invisible and inert), so a rotation or a refresh
 * updates elements in place and never piles up new ones.
 */
import type { ReactNode } from 'react';
import type { UrlIssue } from '../../../../contract/url-state/url-schema.ts';
import { useIdle } from '../hooks/use-idle.ts';
import { useRotation } from '../hooks/use-rotation.ts';
import type { FreshnessLabel } from '../lib/freshness-label.ts';
import { activePanelIndex, type WallPanelId } from '../../../../contract/url-state/panels.ts';
import type { WallTheme } from '../../../../contract/url-state/wall-url-state.ts';
import { RotationHint } from './rotation-hint.tsx';
import { WallStatus } from './wall-status.tsx';
import { useHydrated } from '../../../lib/ssr/use-hydrated.ts';
import './wall.css';

export interface WallPanelView {
  id: WallPanelId;
  title: string;
  /** The range, in words and days. */
  subtitle: string;
  content: ReactNode;
}

interface WallScreenProps {
  theme: WallTheme;
  panels: readonly WallPanelView[];
  pinned: WallPanelId | null;
  rotateSeconds: number;
  status: FreshnessLabel;
  tz: string;
  issues: readonly UrlIssue[];
  /** The corner menu; null for a wall link, which cannot make links. */
  menu: ReactNode;
}

const IDLE_MS = 3000;

/** Until the screen's own clock runs (the server's render and its hydration), no age is claimed. */
const CONNECTING: FreshnessLabel = { tone: 'waiting', text: 'Connecting…', detail: null };

export function WallScreen({ theme, panels, pinned, rotateSeconds, status: liveStatus, tz, issues, menu }: WallScreenProps) {
  // The age of the figures is the browser's clock against the answers': the server cannot know
  // it, and a guess would differ from the hydrated screen's.
  const status = useHydrated() ? liveStatus : CONNECTING;
  const idle = useIdle(IDLE_MS);
  const rotating = pinned === null && panels.length > 1;
  const turn = useRotation(rotating, rotateSeconds * 1000);
  const active = activePanelIndex(panels.map((panel) => panel.id), pinned, turn);
  const classes = ['wall', `wall--${theme}`, idle ? 'wall--idle' : '', status.tone === 'alarm' ? 'wall--alarm' : ''].filter(Boolean);

  return (
    <div className={classes.join(' ')}>
      <header className="wall-bar">
        <h1 className="wall-brand">Pulseboard</h1>
        <p className="wall-zone">Times in {tz}</p>
        <WallStatus label={status} />
      </header>
      <main className="wall-panels">
        {panels.map((panel, index) => (
          <section key={panel.id} className="wall-panel" data-active={index === active} aria-labelledby={`wall-${panel.id}`} inert={index !== active}>
            <header className="wall-panel-head">
              <h2 id={`wall-${panel.id}`}>{panel.title}</h2>
              <p>{panel.subtitle}</p>
            </header>
            <div className="wall-panel-body">{panel.content}</div>
          </section>
        ))}
      </main>
      <footer className="wall-footer">
        {rotating ? <RotationHint names={panels.map((panel) => panel.title)} active={active} turn={turn} rotateSeconds={rotateSeconds} /> : <span className="wall-footer-spacer" />}
        {issues.length > 0 && (
          <p className="wall-issues">
            Ignored in the address: {issues.map((issue) => `${issue.param} ${issue.reason}`).join(' · ')}
          </p>
        )}
        {menu}
      </footer>
    </div>
  );
}
