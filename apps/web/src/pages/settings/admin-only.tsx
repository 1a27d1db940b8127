import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { canAdminister } from '../../api/auth';
import { Notice } from '../../components/notice';
import { useSession } from '../../session/session-context';

/**
 * A settings page the API opens to owners and admins only (tokens, audit log): other roles get
 * `message` instead of a page of 403s, and `Page` (which loads the data) never mounts.
 */
export function adminOnly(Page: ComponentType, message: (t: TFunction) => string): ComponentType {
  return function AdminOnlyPage() {
    const { t } = useTranslation();
    const { me } = useSession();
    if (!canAdminister(me.role)) return <Notice>{message(t)}</Notice>;
    return <Page />;
  };
}
