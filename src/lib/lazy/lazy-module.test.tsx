import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyModule, useLazyModule, type LazyModule } from './lazy-module.ts';
import { deferred } from '../../test/deferred.ts';

interface ChartModule {
  Chart: () => React.JSX.Element;
}

function Host({ lazy }: { lazy: LazyModule<ChartModule> }) {
  const state = useLazyModule(lazy);
  if (state.status === 'loaded') return <state.module.Chart />;
  if (state.status === 'failed') return <button onClick={state.retry}>Try again</button>;
  return <p>Drawing…</p>;
}

const chartModule: ChartModule = { Chart: () => <svg role="img" aria-label="chart" /> };

describe('lazyModule', () => {
  it('imports once however many times it is asked', async () => {
    const importer = vi.fn(() => Promise.resolve(chartModule));
    const lazy = lazyModule(importer);
    expect(lazy.loaded()).toBeUndefined();
    await Promise.all([lazy.load(), lazy.load()]);
    await lazy.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(lazy.loaded()).toBe(chartModule);
  });

  it('imports again after a failure', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(chartModule);
    const lazy = lazyModule<ChartModule>(importer);
    await expect(lazy.load()).rejects.toThrow('offline');
    await expect(lazy.load()).resolves.toBe(chartModule);
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('useLazyModule', () => {
  it('shows the placeholder, then the module as soon as it resolves', async () => {
    const pending = deferred<ChartModule>();
    render(<Host lazy={lazyModule(() => pending.promise)} />);
    expect(screen.getByText('Drawing…')).toBeInTheDocument();
    await act(async () => pending.resolve(chartModule));
    expect(screen.getByRole('img', { name: 'chart' })).toBeInTheDocument();
  });

  it('renders an already loaded module on the first render, with no placeholder', async () => {
    const lazy = lazyModule(() => Promise.resolve(chartModule));
    await lazy.load();
    render(<Host lazy={lazy} />);
    expect(screen.getByRole('img', { name: 'chart' })).toBeInTheDocument();
    expect(screen.queryByText('Drawing…')).not.toBeInTheDocument();
  });

  it('reports a failed load and loads again on retry', async () => {
    const first = deferred<ChartModule>();
    const importer = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValueOnce(chartModule);
    render(<Host lazy={lazyModule<ChartModule>(importer)} />);
    await act(async () => first.reject(new Error('chunk failed')));
    await act(async () => screen.getByRole('button', { name: 'Try again' }).click());
    expect(screen.getByRole('img', { name: 'chart' })).toBeInTheDocument();
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
