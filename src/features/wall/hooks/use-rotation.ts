import { useEffect, useState } from 'react';

/** Counts rotation turns every `rotateMs` while there is something to rotate. */
export function useRotation(rotating: boolean, rotateMs: number): number {
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    if (!rotating) return;
    const id = setInterval(() => setTurn((t) => t + 1), rotateMs);
    return () => clearInterval(id);
  }, [rotating, rotateMs]);
  return turn;
}
