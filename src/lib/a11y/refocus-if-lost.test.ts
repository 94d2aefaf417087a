import { afterEach, describe, expect, it } from 'vitest';
import { refocusIfLost } from './refocus-if-lost.ts';

const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

function setUp() {
  document.body.innerHTML = '<h2 id="heading">Replies</h2><button id="other">Other</button><button id="dismiss">Dismiss</button>';
  const dismiss = document.getElementById('dismiss') as HTMLButtonElement;
  dismiss.focus();
  return { dismiss, heading: document.getElementById('heading') as HTMLElement, other: document.getElementById('other') as HTMLElement };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('refocusIfLost', () => {
  it('moves the focus to the target once the pressed control is gone', async () => {
    const { dismiss, heading } = setUp();
    refocusIfLost(() => heading);
    await frames(2);
    expect(document.activeElement).toBe(dismiss);
    dismiss.remove();
    await frames(2);
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('moves it when the control becomes disabled', async () => {
    const { dismiss, heading } = setUp();
    refocusIfLost(() => heading);
    dismiss.disabled = true;
    await frames(2);
    expect(document.activeElement).toBe(heading);
  });

  it('leaves the focus alone when the user has moved on', async () => {
    const { dismiss, heading, other } = setUp();
    refocusIfLost(() => heading);
    other.focus();
    dismiss.remove();
    await frames(2);
    expect(document.activeElement).toBe(other);
  });
});
