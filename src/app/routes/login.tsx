import { redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { getSession } from '../../features/auth/api/session.ts';
import { LoginForm } from '../../features/auth/components/login-form.tsx';
import { safeNextPath } from '../../features/auth/lib/next-path.ts';

/**
 * Already logged in, or no login on this server: straight on to `next`. A link followed from
 * another site arrives without the SameSite=Strict cookie and lands here; this same-site check
 * then finds the session and sends the browser on, so the detour is invisible.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const next = safeNextPath(new URL(request.url).searchParams.get('next'));
  const session = await getSession(request.signal);
  if (!session.loginRequired || session.authenticated) throw redirect(next);
  return { next };
}

export function Component() {
  const { next } = useLoaderData<typeof loader>();
  return (
    <main className="login-page">
      <LoginForm next={next} />
    </main>
  );
}
