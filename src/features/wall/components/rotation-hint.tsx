/** Which panel is on screen, and how long until the next: a bar fills over the rotation period. */
import { useHydrated } from '../../../lib/ssr/use-hydrated.ts';

interface RotationHintProps {
  names: readonly string[];
  active: number;
  /** Restarts the bar at each turn. */
  turn: number;
  rotateSeconds: number;
}

export function RotationHint({ names, active, turn, rotateSeconds }: RotationHintProps) {
  // Its duration is an inline style, which the CSP lets a script set but not the server's HTML.
  const hydrated = useHydrated();
  return (
    <ol className="wall-rotation" aria-label="Panels">
      {names.map((name, index) => (
        <li key={index} className="wall-rotation-item" aria-current={index === active ? 'true' : undefined}>
          <span className="wall-rotation-name">{name}</span>
          <span className="wall-rotation-track" aria-hidden="true">
            {index === active && hydrated && <span key={turn} className="wall-rotation-fill" style={{ animationDuration: `${rotateSeconds}s` }} />}
          </span>
        </li>
      ))}
    </ol>
  );
}
