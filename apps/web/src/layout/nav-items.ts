import type { IconName } from '../components/icon';

export interface NavItem {
  to: string;
  label: 'dashboard' | 'invoices' | 'quotes' | 'clients' | 'products' | 'settings';
  icon: IconName;
}

/** The product's sections, in the order a small business uses them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'dashboard', icon: 'dashboard' },
  { to: '/invoices', label: 'invoices', icon: 'invoice' },
  { to: '/quotes', label: 'quotes', icon: 'quote' },
  { to: '/clients', label: 'clients', icon: 'clients' },
  { to: '/products', label: 'products', icon: 'products' },
  { to: '/settings', label: 'settings', icon: 'settings' },
];
