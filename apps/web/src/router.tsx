import { Navigate } from 'react-router';
import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { AuthLayout } from './layout/auth-layout';
import { PageLoading } from './layout/page-loading';
import { RootLayout } from './layout/root-layout';
import { RouteErrorPage } from './pages/route-error-page';

// Every page is its own chunk (`lazy`), so the initial download is the shell alone and each
// feature adds to its own route's chunk, not to the entry.
export const appRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./pages/dashboard/dashboard-page')).DashboardPage }) },
  { path: 'onboarding', lazy: async () => ({ Component: (await import('./pages/onboarding/onboarding-page')).OnboardingPage }) },
  { path: 'invoices', lazy: async () => ({ Component: (await import('./pages/invoices/invoices-page')).InvoicesPage }) },
  { path: 'invoices/new', lazy: async () => ({ Component: (await import('./pages/invoices/invoice-page')).InvoicePage }) },
  { path: 'invoices/:id', lazy: async () => ({ Component: (await import('./pages/invoices/invoice-page')).InvoicePage }) },
  { path: 'quotes', lazy: async () => ({ Component: (await import('./pages/quotes/quotes-page')).QuotesPage }) },
  { path: 'quotes/new', lazy: async () => ({ Component: (await import('./pages/quotes/quote-page')).QuotePage }) },
  { path: 'quotes/:id', lazy: async () => ({ Component: (await import('./pages/quotes/quote-page')).QuotePage }) },
  { path: 'clients', lazy: async () => ({ Component: (await import('./pages/clients/clients-page')).ClientsPage }) },
  { path: 'clients/new', lazy: async () => ({ Component: (await import('./pages/clients/client-form-page')).ClientFormPage }) },
  { path: 'clients/:id', lazy: async () => ({ Component: (await import('./pages/clients/client-form-page')).ClientFormPage }) },
  { path: 'products', lazy: async () => ({ Component: (await import('./pages/products/products-page')).ProductsPage }) },
  { path: 'products/new', lazy: async () => ({ Component: (await import('./pages/products/product-form-page')).ProductFormPage }) },
  { path: 'products/:id', lazy: async () => ({ Component: (await import('./pages/products/product-form-page')).ProductFormPage }) },
  {
    path: 'settings',
    lazy: async () => ({ Component: (await import('./pages/settings/settings-layout')).SettingsLayout }),
    children: [
      { index: true, element: <Navigate to="/settings/organisation" replace /> },
      { path: 'organisation', lazy: async () => ({ Component: (await import('./pages/settings/organisation-settings')).OrganisationSettings }) },
      { path: 'bank-accounts', lazy: async () => ({ Component: (await import('./pages/settings/bank-accounts-settings')).BankAccountsSettings }) },
      { path: 'numbering', lazy: async () => ({ Component: (await import('./pages/settings/numbering-settings')).NumberingSettings }) },
      { path: 'members', lazy: async () => ({ Component: (await import('./pages/settings/members-settings')).MembersSettings }) },
      { path: 'api-tokens', lazy: async () => ({ Component: (await import('./pages/settings/api-tokens-settings')).ApiTokensSettings }) },
      { path: 'audit-log', lazy: async () => ({ Component: (await import('./pages/settings/audit-log-settings')).AuditLogSettings }) },
      { path: 'account', lazy: async () => ({ Component: (await import('./pages/settings/account-settings')).AccountSettings }) },
    ],
  },
  { path: 'invitations/accept', lazy: async () => ({ Component: (await import('./pages/invitations/accept-invitation-page')).AcceptInvitationPage }) },
  { path: '*', lazy: async () => ({ Component: (await import('./pages/not-found-page')).NotFoundPage }) },
];

export const authRoutes: RouteObject[] = [
  { path: 'login', lazy: async () => ({ Component: (await import('./pages/login-page')).LoginPage }) },
  { path: 'signup', lazy: async () => ({ Component: (await import('./pages/signup-page')).SignupPage }) },
  { path: 'forgot-password', lazy: async () => ({ Component: (await import('./pages/forgot-password-page')).ForgotPasswordPage }) },
  { path: 'reset-password', lazy: async () => ({ Component: (await import('./pages/reset-password-page')).ResetPasswordPage }) },
];

export const routes: RouteObject[] = [
  {
    Component: RootLayout,
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: PageLoading,
    children: [
      { path: '/', Component: AppLayout, ErrorBoundary: RouteErrorPage, children: appRoutes },
      { Component: AuthLayout, ErrorBoundary: RouteErrorPage, children: authRoutes },
    ],
  },
];
