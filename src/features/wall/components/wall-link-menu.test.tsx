import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WallLinkMenu } from './wall-link-menu.tsx';

const LINKS = '*/api/wall-links';
const bodies: unknown[] = [];
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  bodies.length = 0;
});
afterAll(() => server.close());

function renderMenu() {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <WallLinkMenu params="range=today&tz=UTC&users=1" tz="UTC" />
    </QueryClientProvider>,
  );
}

describe('WallLinkMenu', () => {
  it('posts the wall’s parameters as JSON and shows the link to copy', async () => {
    server.use(
      http.post(LINKS, async ({ request }) => {
        expect(request.headers.get('Content-Type')).toBe('application/json');
        bodies.push(await request.json());
        return HttpResponse.json({ url: '/wall?token=abc.def', id: 'link-1', expiresAt: '2026-12-20T15:30:00Z' }, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Create wall link' }));
    const dialog = screen.getByRole('dialog', { name: 'Create wall link' });
    await user.selectOptions(screen.getByLabelText('Expires after'), '30');
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(await screen.findByLabelText('Wall link')).toHaveValue(`${window.location.origin}/wall?token=abc.def`);
    expect(bodies).toEqual([{ params: 'range=today&tz=UTC&users=1', expiresInDays: 30 }]);
    expect(dialog).toHaveTextContent('Expires Dec 20, 2026.');
  });

  it('says when wall links are turned off on the server', async () => {
    server.use(http.post(LINKS, () => HttpResponse.json({ status: 404, message: 'Wall links are turned off on this server: set WALL_LINK_SECRET to enable them.' }, { status: 404 })));
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Create wall link' }));
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wall links are turned off on this server: set WALL_LINK_SECRET to enable them.');
  });

  it('says so too when the server has no such endpoint', async () => {
    server.use(http.post(LINKS, () => HttpResponse.json({ status: 503, message: 'Service unavailable' }, { status: 503 })));
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Create wall link' }));
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wall links are turned off on this server.');
  });

  it('closes with Escape and gives the focus back', async () => {
    const user = userEvent.setup();
    renderMenu();
    const toggle = screen.getByRole('button', { name: 'Create wall link' });
    await user.click(toggle);
    await user.click(screen.getByLabelText('Expires after'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
  });
});
