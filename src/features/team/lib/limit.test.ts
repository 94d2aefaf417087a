import { describe, expect, it } from 'vitest';
import { createLimiter } from './limit.ts';

const deferred = () => {
  let resolve!: (value: number) => void;
  const promise = new Promise<number>((r) => (resolve = r));
  return { promise, resolve };
};
const tick = () => new Promise((r) => setTimeout(r, 0));

describe(createLimiter.name, () => {
  it('runs at most max tasks at once, and the next as soon as one finishes', async () => {
    const limit = createLimiter(2);
    const tasks = Array.from({ length: 5 }, deferred);
    let started = 0;
    const results = tasks.map((task) => limit(() => (started++, task.promise)));
    await tick();
    expect(started).toBe(2);
    tasks[1]!.resolve(1);
    await tick();
    expect(started).toBe(3);
    tasks.forEach((task, i) => task.resolve(i));
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toBe(5);
  });

  it('a waiting task that is aborted never starts and frees its place in the queue', async () => {
    const limit = createLimiter(1);
    const first = deferred();
    let laterStarted = false;
    limit(() => first.promise);
    const controller = new AbortController();
    const aborted = limit(async () => ((laterStarted = true), 1), controller.signal);
    const next = limit(async () => 2);
    controller.abort();
    await expect(aborted).rejects.toThrow();
    first.resolve(0);
    expect(await next).toBe(2);
    expect(laterStarted).toBe(false);
  });

  it('a failed task releases its slot', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit(async () => 7)).toBe(7);
  });
});
