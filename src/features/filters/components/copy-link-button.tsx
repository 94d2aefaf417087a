import { useEffect, useState } from 'react';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** Copies a link to this exact view; where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton({ url }: { url: () => string }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });

  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const link = url();
    try {
      await navigator.clipboard.writeText(link);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url: link });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link-status">
        {state.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {state.kind === 'manual' && (
        <label className="copy-link-manual">
          Copy this link
          <input readOnly value={state.url} onFocus={(event) => event.target.select()} autoFocus />
        </label>
      )}
    </div>
  );
}
