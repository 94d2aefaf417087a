/** While the server assembles every row of the range: one request, so no page count to show. The text is not live. */
export function CollapseProgress({ label }: { label: string }) {
  return (
    <div className="history-progress">
      <span className="visually-hidden" role="status">
        {label}
      </span>
      <progress aria-label={label} />
      <span className="history-progress-text">Loading every reply of the range…</span>
    </div>
  );
}
