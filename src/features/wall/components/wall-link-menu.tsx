/**
 * "Create wall link", in the corner: out of sight while nobody touches the screen, there for the
 * mouse or the Tab key. The link opens this wall view without a login, until it expires.
 */
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { isApiError } from '../../../lib/api/api-error.ts';
import { formatCalendarDate } from '../../../lib/dates/format.ts';
import { calendarDateIn } from '../../../../contract/dates/zoned.ts';
import { createWallLink } from '../api/create-wall-link.ts';

const EXPIRY_DAYS = [1, 7, 30, 90, 366] as const;
const DEFAULT_EXPIRY_DAYS = 90;

function problemText(error: unknown): string {
  if (isApiError(error) && (error.status === 404 || error.status === 503)) {
    return /wall link/i.test(error.message) ? error.message : 'Wall links are turned off on this server.';
  }
  return error instanceof Error ? error.message : 'The link could not be created.';
}

export function WallLinkMenu({ params, tz }: { params: string; tz: string }) {
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState<number>(DEFAULT_EXPIRY_DAYS);
  const [copied, setCopied] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const dialogId = useId();
  const create = useMutation({ mutationFn: createWallLink, onMutate: () => setCopied(false) });
  const url = create.data ? new URL(create.data.url, window.location.origin).href : null;

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  const copy = async () => {
    if (!url) return;
    await navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <div className={`wall-menu${open ? ' wall-menu--open' : ''}`}>
      <button ref={toggle} type="button" className="wall-button" aria-expanded={open} aria-controls={open ? dialogId : undefined} onClick={() => (open ? close() : setOpen(true))}>
        Create wall link
      </button>
      {open && (
        <div id={dialogId} className="wall-menu-dialog" role="dialog" aria-label="Create wall link" onKeyDown={onKeyDown}>
          <p>A link that shows this wall, with these filters and users, on a screen that is not logged in.</p>
          <label className="wall-menu-field">
            Expires after
            <select value={days} onChange={(event) => setDays(Number(event.target.value))}>
              {EXPIRY_DAYS.map((n) => (
                <option key={n} value={n}>
                  {n === 1 ? '1 day' : `${n} days`}
                </option>
              ))}
            </select>
          </label>
          <div className="wall-menu-actions">
            <button type="button" className="wall-button" disabled={create.isPending} onClick={() => create.mutate({ params, expiresInDays: days })}>
              {create.isPending ? 'Creating…' : 'Create link'}
            </button>
            <button type="button" className="wall-button" onClick={close}>
              Close
            </button>
          </div>
          {create.isError && (
            <p className="wall-menu-problem" role="alert">
              {problemText(create.error)}
            </p>
          )}
          {url && create.data && (
            <div className="wall-menu-result">
              <label className="wall-menu-field">
                Wall link
                <input type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
              </label>
              <div className="wall-menu-actions">
                <button type="button" className="wall-button" onClick={() => void copy()}>
                  Copy link
                </button>
                <span role="status">{copied ? 'Copied' : ''}</span>
              </div>
              <p>Expires {formatCalendarDate(calendarDateIn(new Date(create.data.expiresAt), tz))}.</p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
