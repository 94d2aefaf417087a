/** Which panel is on screen, and how long until the next: a bar fills over the rotation period. */
interface RotationHintProps {
  names: readonly string[];
  active: number;
  /** Restarts the bar at each turn. */
  turn: number;
  rotateSeconds: number;
}

export function RotationHint({ names, active, turn, rotateSeconds }: RotationHintProps) {
  return (
    <ol className="wall-rotation" aria-label="Panels">
      {names.map((name, index) => (
        <li key={index} className="wall-rotation-item" aria-current={index === active ? 'true' : undefined}>
          <span className="wall-rotation-name">{name}</span>
          <span className="wall-rotation-track" aria-hidden="true">
            {index === active && <span key={turn} className="wall-rotation-fill" style={{ animationDuration: `${rotateSeconds}s` }} />}
          </span>
        </li>
      ))}
    </ol>
  );
}
