import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { AuthLayout } from './layout/auth-layout';
import { PageLoading } from './layout/page-loading';
import { RouteErrorPage } from './pages/route-error-page';

// Every page is its own chunk (`lazy`), so the initial download is the shell alone and each
// feature of issue 6 adds to its own route's chunk, not to the entry.
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: PageLoading,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./pages/dashboard-page')).DashboardPage }) },
      { path: 'invoices', lazy: async () => ({ Component: (await import('./pages/invoices-page')).InvoicesPage }) },
      { path: 'quotes', lazy: async () => ({ Component: (await import('./pages/quotes-page')).QuotesPage }) },
      { path: 'clients', lazy: async () => ({ Component: (await import('./pages/clients-page')).ClientsPage }) },
      { path: 'products', lazy: async () => ({ Component: (await import('./pages/products-page')).ProductsPage }) },
      { path: 'settings', lazy: async () => ({ Component: (await import('./pages/settings-page')).SettingsPage }) },
      { path: '*', lazy: async () => ({ Component: (await import('./pages/not-found-page')).NotFoundPage }) },
    ],
  },
  {
    Component: AuthLayout,
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: PageLoading,
    children: [
      { path: 'login', lazy: async () => ({ Component: (await import('./pages/login-page')).LoginPage }) },
      { path: 'signup', lazy: async () => ({ Component: (await import('./pages/signup-page')).SignupPage }) },
    ],
  },
];
