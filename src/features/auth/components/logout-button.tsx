import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { logOut } from '../api/log-in.ts';
import { sessionQueryOptions } from '../api/session.ts';
import './logout-button.css';

/** Shown only when this server asks for a login. Logging out lands on the login page. */
export function LogoutButton() {
  const { data } = useQuery(sessionQueryOptions());
  const [pending, setPending] = useState(false);
  if (!data?.loginRequired || !data.authenticated) return null;

  async function leave() {
    setPending(true);
    try {
      await logOut();
    } finally {
      window.location.assign('/login');
    }
  }

  return (
    <button type="button" className="logout-button" onClick={leave} disabled={pending}>
      Log out
    </button>
  );
}
