/**
 * Typed state kept in the URL, through a schema. Reads it, writes it with a history push, and
 * rewrites (replaces) a URL that is not canonical. What the parse had to ignore travels in the
 * history entry's state, so the notice survives the rewrite and goes away with the next change.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseUrlState, serializeUrlState, toSearchString, type ParseContext, type UrlIssue, type UrlSchema } from '../../../contract/url-state/url-schema.ts';

interface IssuesState {
  urlIssues: UrlIssue[];
}

function issuesFrom(state: unknown): UrlIssue[] | undefined {
  if (typeof state === 'object' && state !== null && 'urlIssues' in state) return (state as IssuesState).urlIssues;
  return undefined;
}

export function useUrlState<T>(schema: UrlSchema<T>, ctx: ParseContext) {
  const location = useLocation();
  const navigate = useNavigate();
  const committed = location.search.replace(/^\?/, '');
  const current = useMemo(() => parseUrlState(schema, new URLSearchParams(committed), ctx), [schema, committed, ctx]);
  const canonical = toSearchString(serializeUrlState(schema, current.state));

  // The router commits a navigation in a transition, after its loader: until then, show the
  // state just chosen, or a controlled checkbox would flick back for a frame.
  // Keyed on the entry it was chosen from, and dropped once the router has moved on: going Back
  // to that entry later must show that entry's URL, not the choice made there.
  const [pending, setPending] = useState<{ key: string; search: string } | null>(null);
  if (pending !== null && pending.key !== location.key) setPending(null);
  const pendingSearch = pending?.key === location.key ? pending.search : null;
  const state = useMemo(
    () => (pendingSearch === null ? current.state : parseUrlState(schema, new URLSearchParams(pendingSearch), ctx).state),
    [schema, pendingSearch, current.state, ctx],
  );

  // A Dismiss pressed before the rewrite below has even started (its effect runs after the click
  // that can find the notice first) must not be undone by it: the dismissal is keyed on the URL
  // whose issues it dismissed, and the rewrite carries the issues only while they are not dismissed.
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const dismissed = dismissedFor === committed;

  useEffect(() => {
    if (canonical === committed) return;
    const issues: IssuesState | null = current.issues.length > 0 && !dismissed ? { urlIssues: current.issues } : null;
    navigate({ pathname: location.pathname, search: canonical }, { replace: true, state: issues });
  }, [canonical, committed, current.issues, dismissed, navigate, location.pathname]);

  const setState = useCallback(
    (next: T) => {
      const search = toSearchString(serializeUrlState(schema, next));
      if (search === (pendingSearch ?? canonical)) return;
      setPending({ key: location.key, search });
      navigate({ pathname: location.pathname, search });
    },
    [schema, pendingSearch, canonical, location.key, location.pathname, navigate],
  );

  // Before the rewrite has landed, the rewrite itself drops the issues (above); after it, the entry
  // that carries them is replaced by one that does not.
  const dismissIssues = useCallback(() => {
    setDismissedFor(committed);
    if (canonical === committed) navigate({ pathname: location.pathname, search: canonical }, { replace: true, state: null });
  }, [navigate, location.pathname, canonical, committed]);

  return {
    state,
    /** Until the rewrite lands, the parse's own issues; afterwards, the ones it carried along. */
    issues: dismissed ? [] : (issuesFrom(location.state) ?? (canonical === committed ? [] : current.issues)),
    setState,
    dismissIssues,
  };
}
