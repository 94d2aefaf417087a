import { Link, useLocation } from 'react-router';

export function NotFound() {
  const location = useLocation();
  return (
    <section className="page-message">
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{location.pathname}</code>.
      </p>
      <p>
        <Link to="/new-conversations">Go to New conversations</Link>
      </p>
    </section>
  );
}
