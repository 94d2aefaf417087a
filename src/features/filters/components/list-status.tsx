interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/** What a picker shows instead of its options while its list loads or after it failed; undefined once loaded. */
export function listStatus(query: ListQuery | undefined, noun: string) {
  if (!query) return undefined;
  if (query.isError) {
    return (
      <p className="multi-select-status" role="alert">
        Couldn’t load {noun}: {query.error?.message}{' '}
        <button type="button" className="link-button" onClick={() => void query.refetch()}>
          Retry
        </button>
      </p>
    );
  }
  if (query.isPending) return <p className="multi-select-status">Loading {noun}…</p>;
  return undefined;
}
