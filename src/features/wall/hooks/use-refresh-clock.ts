import { useEffect, useState } from 'react';

/**
 * "Now", taken again every refresh period: relative ranges are evaluated at this instant, so
 * "today" moves on at midnight in the wall's zone with the first refresh after it.
 */
export function useRefreshClock(refreshMs: number, initial: Date): Date {
  const [now, setNow] = useState(initial);
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), refreshMs);
    return () => clearInterval(id);
  }, [refreshMs]);
  return now;
}
