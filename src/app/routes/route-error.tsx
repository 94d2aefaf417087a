import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { isApiError } from '../../lib/api/api-error.ts';

/** Last line of defence: an error no page handled. It says what happened and offers a way back. */
export function RouteError() {
  const error = useRouteError();
  const message = isApiError(error)
    ? error.message
    : isRouteErrorResponse(error)
      ? `${error.status} ${error.statusText}`
      : error instanceof Error
        ? error.message
        : 'Unknown error';
  return (
    <main className="page-message" role="alert">
      <h1>Something went wrong</h1>
      <p>{message}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        <Link to="/new-conversations">Go to New conversations</Link>
      </p>
    </main>
  );
}
