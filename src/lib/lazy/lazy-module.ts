/**
 * Code loaded on demand, shown without Suspense. React 19 holds a Suspense boundary's content back
 * for up to 300 ms after its fallback appeared (so content does not flash in); for the chart, whose
 * placeholder already has the chart's size, that hold only made the chart late. Here the caller
 * renders its placeholder until the module is there, and the module's component on the next render.
 */
import { startTransition, useCallback, useEffect, useState } from 'react';

export interface LazyModule<T> {
  /** Starts loading (once) and resolves with the module. A failed load is tried again on the next call. */
  load(): Promise<T>;
  /** The module, once loaded. */
  loaded(): T | undefined;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | undefined;
  let module: T | undefined;
  return {
    load() {
      pending ??= importer().then(
        (value) => (module = value),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => module,
  };
}

export type LazyModuleState<T> = { status: 'loading' } | { status: 'loaded'; module: T } | { status: 'failed'; retry: () => void };

/**
 * The module of `lazy` for this render: loading, loaded, or failed with a retry. Nothing is loaded
 * while `enabled` is false. The loaded module renders in a transition: its first mount (the chart
 * library's is a long one) then yields to input and paint instead of blocking them.
 */
export function useLazyModule<T>(lazy: LazyModule<T>, enabled = true): LazyModuleState<T> {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ module: T } | { error: true } | undefined>(() => {
    const module = lazy.loaded();
    return module === undefined ? undefined : { module };
  });
  const needsLoad = enabled && result === undefined;
  // Stable, so a caller can retry on a timer without restarting it at every render.
  const retry = useCallback(() => {
    setResult(undefined);
    setAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    if (!needsLoad) return;
    let live = true;
    lazy.load().then(
      (module) => live && startTransition(() => setResult({ module })),
      () => live && setResult({ error: true }),
    );
    return () => {
      live = false;
    };
  }, [lazy, needsLoad, attempt]);
  if (result === undefined) return { status: 'loading' };
  if ('module' in result) return { status: 'loaded', module: result.module };
  return { status: 'failed', retry };
}
