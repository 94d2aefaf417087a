/**
 * A control that removes itself (Dismiss, Go to page, Reset filters, a Retry that succeeds) takes
 * the keyboard focus with it: the browser drops it to the start of the page, and a keyboard user
 * starts again from the top. This moves the focus to `target` instead, once the change has been
 * drawn, and only if the focus was indeed lost: a user who has moved on keeps their place.
 */

/** Whether `element` still has the keyboard focus: on the page, not the body, not disabled. */
function holdsFocus(element: Element | null): element is Element {
  if (element === null || element === document.body || !element.isConnected) return false;
  return !(element instanceof HTMLButtonElement && element.disabled);
}

/** The section around `control`, read now: the place a keyboard user was working in. */
export function sectionAround(control: Element): () => HTMLElement | null {
  const section = control.closest<HTMLElement>('section');
  return () => (section?.isConnected ? section : null);
}

export function refocusIfLost(target: () => HTMLElement | null, { waitMs = 2000 }: { waitMs?: number } = {}): void {
  const from = document.activeElement;
  const until = performance.now() + waitMs;
  const check = () => {
    const active = document.activeElement;
    if (holdsFocus(active)) {
      // Still on the pressed control (not gone yet): look again next frame. Elsewhere: the user moved on.
      if (active === from && performance.now() < until) requestAnimationFrame(check);
      return;
    }
    const element = target();
    if (!element) return;
    if (!element.hasAttribute('tabindex') && element.tabIndex < 0) element.setAttribute('tabindex', '-1');
    element.focus();
  };
  requestAnimationFrame(check);
}
