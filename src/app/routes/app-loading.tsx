/** Shown while the first route's code and data load: the app's frame, without layout shift. */
export function AppLoading() {
  return (
    <div className="app-loading" role="status" aria-live="polite">
      <span className="visually-hidden">Loading Pulseboard…</span>
    </div>
  );
}
