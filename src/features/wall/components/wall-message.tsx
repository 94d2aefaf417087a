/** The whole screen for one message: a wall link that no longer works, or the first connection. */
import type { WallTheme } from '../../../../contract/url-state/wall-url-state.ts';
import './wall.css';

interface WallMessageProps {
  theme: WallTheme;
  title: string;
  message: string | null;
  /** Waiting (polite status) rather than a problem (alert). */
  waiting?: boolean;
}

export function WallMessage({ theme, title, message, waiting = false }: WallMessageProps) {
  return (
    <div className={`wall wall--${theme} wall-message`}>
      <main className="wall-message-box" role={waiting ? 'status' : 'alert'} aria-busy={waiting}>
        <h1>{title}</h1>
        {message && <p>{message}</p>}
      </main>
    </div>
  );
}
