import { useEffect } from 'react';

declare global {
  interface Window {
    /** Read by the soak benchmark (bench/soak.ts); present only with `soak=1`. */
    __pulseboardWall?: { cycles: number; lastUpdateAt: number };
  }
}

/** Counts completed refreshes: each new "updated" instant of the whole wall is one cycle. */
export function useSoakProbe(enabled: boolean, updatedAt: number | null): void {
  useEffect(() => {
    if (!enabled || updatedAt === null) return;
    const probe = (window.__pulseboardWall ??= { cycles: 0, lastUpdateAt: 0 });
    if (probe.lastUpdateAt === updatedAt) return;
    probe.cycles += 1;
    probe.lastUpdateAt = updatedAt;
  }, [enabled, updatedAt]);
}
