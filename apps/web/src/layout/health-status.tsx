import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useFormatters } from '../i18n/use-formatters';
import { useHealth } from './use-health';
import type { HealthPolling, HealthState } from './use-health';

function dependencyName(t: TFunction, name: string): string {
  return name === 'database' || name === 'redis' ? t(`health.dependencies.${name}`) : name;
}

/** A status dot and sentence for the API and its dependencies, announced politely when it changes. */
export function HealthStatus({ polling }: { polling?: HealthPolling }) {
  const { t } = useTranslation();
  const { list } = useFormatters();
  const state: HealthState = useHealth(polling);

  let text: string;
  switch (state.kind) {
    case 'checking':
      text = t('health.checking');
      break;
    case 'ok':
      text = t('health.ok');
      break;
    case 'degraded':
      text = t('health.degraded', { dependencies: list(state.failing.map((name) => dependencyName(t, name))) });
      break;
    case 'maintenance':
      text = t('health.maintenance');
      break;
    case 'unreachable':
      text = t('health.unreachable');
      break;
  }
  const version = state.kind === 'ok' || state.kind === 'degraded' ? state.health.version : undefined;

  return (
    <div className="health" data-state={state.kind}>
      <span className="visually-hidden">{t('health.label')}: </span>
      <span className="health__dot" aria-hidden="true" />
      <span role="status" className="health__text">
        {text}
      </span>
      {version ? <span className="health__version">{t('health.version', { version })}</span> : null}
    </div>
  );
}
