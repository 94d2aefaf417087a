/**
 * False while React renders on the server and while it hydrates that HTML in the browser (the
 * server's snapshot), true afterwards and in any page rendered in the browser alone. A component
 * that can only draw in the browser (the interactive chart) renders its server form until then,
 * so the hydrated markup matches the server's byte for byte.
 */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
