/**
 * For parts of a page that the server renders in a lighter form (a select with only its chosen
 * option, say): false on the server and while hydrating its HTML, then true in a transition of
 * its own, so the full form renders after hydration without holding up input or paint. True at
 * once in a page rendered in the browser alone.
 */
import { startTransition, useEffect, useState } from 'react';
import { useHydrated } from './use-hydrated.ts';

export function useUpgrade(): boolean {
  const [upgraded, setUpgraded] = useState(useHydrated());
  useEffect(() => {
    if (!upgraded) startTransition(() => setUpgraded(true));
  }, [upgraded]);
  return upgraded;
}
