import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '../../../lib/api/api-error.ts';
import { logIn } from '../api/log-in.ts';
import './login.css';

/**
 * The team password, posted as JSON. On success the page loads `next` afresh, so nothing cached
 * from before the login (a 401, the login page's own state) outlives it.
 */
export function LoginForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    if (password === '') {
      setError('Enter the password.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      await logIn(password);
      window.location.replace(next);
    } catch (failure) {
      setPending(false);
      setError(isApiError(failure) ? failure.message : 'Logging in failed. Try again.');
    }
  }

  return (
    <form className="login-form" onSubmit={submit} aria-labelledby="login-title" noValidate>
      <h1 id="login-title">Log in to Pulseboard</h1>
      <p>This dashboard shows your team’s Help Scout data. Enter the team password.</p>
      <label htmlFor="login-password">Password</label>
      <input
        id="login-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        autoFocus
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
      />
      {error && (
        <p id={errorId} className="login-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Logging in…' : 'Log in'}
      </button>
    </form>
  );
}
