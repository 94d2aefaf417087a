export function Component() {
  return (
    <section className="page-message">
      <h1>Wall</h1>
      <p>This view is coming soon.</p>
    </section>
  );
}
