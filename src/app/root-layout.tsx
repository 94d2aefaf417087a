import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { SourceBadge } from '../components/source-badge.tsx';
import { LogoutButton } from '../features/auth/components/logout-button.tsx';
import { sharedFilterSearch } from '../../contract/url-state/filter-keys.ts';
import { themeFromSearch } from '../../contract/url-state/theme.ts';
import { useDocumentTheme } from '../lib/theme/use-document-theme.ts';

export function RootLayout() {
  const navigation = useNavigation();
  // The range, mailboxes and the rest of the filters go along from one report to the other.
  const { search: pageSearch } = useLocation();
  const search = sharedFilterSearch(pageSearch);
  useDocumentTheme(themeFromSearch(pageSearch));
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand" aria-label="Pulseboard">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="24" height="24">
            <path d="M4 18h6l3-8 5 14 3-9 2 3h5" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          Pulseboard
        </span>
        <nav aria-label="Reports">
          <NavLink to={{ pathname: '/new-conversations', search }}>New conversations</NavLink>
          <NavLink to={{ pathname: '/user-history', search }}>User history</NavLink>
          <NavLink to={{ pathname: '/team', search }}>Team</NavLink>
        </nav>
        <SourceBadge />
        <LogoutButton />
      </header>
      <main id="main" className="app-main" aria-busy={navigation.state === 'loading'}>
        <Outlet />
      </main>
    </div>
  );
}
