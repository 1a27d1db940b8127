import { useId } from 'react';
import type { ReactNode, Ref } from 'react';
import { Icon } from '../../components/icon';
import type { IconName } from '../../components/icon';

interface SettingsCardProps {
  title: string;
  icon?: IconName;
  /** Extra class on the card (`token-secret`). */
  className?: string;
  /** Makes the heading focusable (-1) so the page can move focus to it after a row disappears. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** One area of a settings page: a card named by its heading (a landmark for screen readers). */
export function SettingsCard({ title, icon, className, headingRef, children }: SettingsCardProps) {
  const id = useId();
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={id}>
      <h2 id={id} className="card__title" ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {icon ? <Icon name={icon} /> : null} {title}
      </h2>
      {children}
    </section>
  );
}
