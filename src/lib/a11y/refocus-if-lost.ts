/**
 * A control that removes itself (Dismiss, Go to page, Reset filters, a Retry that succeeds) takes
 * the keyboard focus with it: the browser drops it to the start of the page, and a keyboard user
 * starts again from the top. This moves the focus to `target` instead, once the change has been
 * drawn, and only if the focus was indeed lost: a user who has moved on keeps their place.
 */

function isLost(active: Element | null): boolean {
  return active === null || active === document.body || !active.isConnected;
}

/** The section around `control`, read now: the place a keyboard user was working in. */
export function sectionAround(control: Element): () => HTMLElement | null {
  const section = control.closest<HTMLElement>('section');
  return () => (section?.isConnected ? section : null);
}

/** The filter bar (FilterBar's id), where a change of view starts. */
export const filtersTarget = () => document.getElementById('filters');

export function refocusIfLost(target: () => HTMLElement | null, { waitMs = 2000 }: { waitMs?: number } = {}): void {
  const from = document.activeElement;
  const until = performance.now() + waitMs;
  const check = () => {
    const active = document.activeElement;
    const stillThere = active === from && !isLost(active) && !(active instanceof HTMLButtonElement && active.disabled);
    if (stillThere) {
      if (performance.now() < until) requestAnimationFrame(check);
      return;
    }
    if (!isLost(active) && !(active instanceof HTMLButtonElement && active.disabled)) return;
    const element = target();
    if (!element) return;
    if (!element.hasAttribute('tabindex') && element.tabIndex < 0) element.setAttribute('tabindex', '-1');
    element.focus();
  };
  requestAnimationFrame(check);
}
