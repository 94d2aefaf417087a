/** What a panel shows before its first answer, or when its answer can never come. */
export function PanelLoading({ what }: { what: string }) {
  return (
    <div className="wall-panel-state" aria-busy="true">
      <p>Loading {what}…</p>
    </div>
  );
}

export function PanelProblem({ title, message }: { title: string; message: string }) {
  return (
    <div className="wall-panel-state wall-panel-state--problem">
      <p className="wall-panel-state-title">{title}</p>
      <p>{message}</p>
    </div>
  );
}
