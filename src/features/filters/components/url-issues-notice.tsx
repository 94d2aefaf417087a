import { refocusIfLost } from '../../../lib/a11y/refocus-if-lost.ts';
import { filterBarTarget } from './filter-bar.tsx';
import type { UrlIssue } from '../../../../contract/url-state/url-schema.ts';

/** Says which parts of the link were ignored; the page already shows the defaults in their place. */
export function UrlIssuesNotice({ issues, onDismiss }: { issues: readonly UrlIssue[]; onDismiss: () => void }) {
  if (issues.length === 0) return null;
  return (
    <div className="notice" role="status">
      <div>
        <p className="notice-title">
          {issues.length === 1 ? 'One setting in this link was ignored' : `${issues.length} settings in this link were ignored`}
        </p>
        <ul>
          {issues.map((issue) => (
            <li key={issue.param}>
              <code>{issue.param}</code> {issue.reason}.
            </li>
          ))}
        </ul>
        <p className="notice-hint">Defaults stand in for what was ignored, and the address bar now shows this view.</p>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          refocusIfLost(filterBarTarget);
          onDismiss();
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
