/**
 * "Set up a wall screen": a dialog on the report pages that builds a wall by name. The button is
 * all a page paints; the form (wall-builder-form.tsx) loads when the pointer or the keyboard
 * comes near it, so it costs no page its first paint.
 */
import { useRef, useState } from 'react';
import type { ReportFilters } from '../../../../contract/url-state/report-filters.ts';
import { lazyModule, useLazyModule } from '../../../lib/lazy/lazy-module.ts';
import './wall-builder.css';

const form = lazyModule(() => import('./wall-builder-form.tsx'));
const preload = () => void form.load().catch(() => undefined);

interface WallBuilderProps {
  /** The page's filters: the wall shows the same range and filters. */
  filters: ReportFilters;
  /** The zone the page evaluates its range in. */
  tz: string;
}

function LoadedForm(props: WallBuilderProps & { onClose: () => void }) {
  const loaded = useLazyModule(form);
  if (loaded.status === 'loaded') return <loaded.module.BuilderForm {...props} />;
  if (loaded.status === 'failed') {
    return (
      <div className="wall-builder-form" role="alert">
        <p>The wall builder could not be loaded.</p>
        <button type="button" className="button" onClick={loaded.retry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <p className="wall-builder-form" role="status">
      Loading…
    </p>
  );
}

export function WallBuilder({ filters, tz }: WallBuilderProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  return (
    <>
      <button type="button" className="button" onClick={show} onPointerEnter={preload} onFocus={preload} aria-haspopup="dialog">
        Set up a wall screen
      </button>
      <dialog ref={dialog} className="wall-builder" aria-labelledby="wall-builder-title" onClose={() => setOpen(false)}>
        {open && <LoadedForm filters={filters} tz={tz} onClose={() => dialog.current?.close()} />}
      </dialog>
    </>
  );
}

