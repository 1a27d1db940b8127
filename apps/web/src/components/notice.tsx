import type { ReactNode } from 'react';
import { Icon } from './icon';

/** A calm message above a form or a page: information, success or a warning (not an error). */
export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  return (
    <div className={`alert alert--${tone}`} role="status">
      <Icon name={tone === 'success' ? 'check' : tone === 'warning' ? 'alert' : 'info'} />
      <div>{children}</div>
    </div>
  );
}
