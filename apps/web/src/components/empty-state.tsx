import { useId } from 'react';
import type { ReactNode } from 'react';
import { Icon } from './icon';
import type { IconName } from './icon';

interface EmptyStateProps {
  icon: IconName;
  title: string;
  children: ReactNode;
  /** Buttons or links; the first should be the primary action. */
  actions?: ReactNode;
}

/** What a list shows before it has anything: what will be here, and the action that fills it. */
export function EmptyState({ icon, title, children, actions }: EmptyStateProps) {
  const titleId = useId();
  return (
    <section className="empty-state" aria-labelledby={titleId}>
      <div className="empty-state__icon">
        <Icon name={icon} size={28} />
      </div>
      <h2 id={titleId} className="empty-state__title">
        {title}
      </h2>
      <p className="empty-state__text">{children}</p>
      {actions ? <div className="empty-state__actions">{actions}</div> : null}
    </section>
  );
}
