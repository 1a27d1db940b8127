import { useEffect, useId, useRef, useState } from 'react';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/api-context';
import type { ApiClient } from '../api/api-client';

interface ComboboxProps<T> extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'onSelect' | 'value' | 'role'> {
  /** The accessible name, when no visible <label> points at the input. */
  label?: string;
  value: string;
  onChange: (text: string) => void;
  /** Suggestions for the text typed (at most a few, from the API). */
  search: (client: ApiClient, text: string, signal: AbortSignal) => Promise<T[]>;
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onSelect: (option: T) => void;
  /** Shown at the end of the list (e.g. "create a new client"). */
  footer?: ReactNode;
  /** Minimum text length before searching; 0 lists suggestions on focus. */
  minLength?: number;
}

/**
 * A text input with suggestions (WAI-ARIA 1.2 combobox, list autocomplete): typing searches,
 * ↓/↑ move through the options, Enter picks, Escape closes; the text stays free.
 */
export function Combobox<T>({ label, value, onChange, search, optionKey, renderOption, onSelect, footer, minLength = 1, className, ...input }: ComboboxProps<T>) {
  const { t } = useTranslation();
  const client = useApiClient();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<T[]>([]);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const searchRef = useRef(search);
  searchRef.current = search;
  const blurTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (query === null || query.trim().length < minLength) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      searchRef.current(client, query.trim(), controller.signal).then(
        (found) => {
          if (controller.signal.aborted) return;
          setOptions(found);
          setActive(found.length > 0 ? 0 : -1);
          setLoading(false);
        },
        () => {
          if (!controller.signal.aborted) setLoading(false);
        },
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, query, minLength]);

  useEffect(() => () => clearTimeout(blurTimer.current), []);

  function pick(option: T) {
    onSelect(option);
    setOpen(false);
    setQuery(null);
  }

  const expanded = open && (options.length > 0 || footer !== undefined);
  const activeId = expanded && active >= 0 && options[active] ? `${listId}-${active}` : undefined;

  return (
    <div className="combobox">
      <input
        {...input}
        className={className ?? 'input'}
        role="combobox"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-busy={loading || undefined}
        autoComplete="off"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={(event) => {
          input.onFocus?.(event);
          if (minLength === 0) {
            setQuery(value);
            setOpen(true);
          }
        }}
        onBlur={(event) => {
          input.onBlur?.(event);
          // Let a click on an option land before the list closes.
          blurTimer.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            if (!open) {
              setOpen(true);
              setQuery(value);
            } else setActive((index) => Math.min(options.length - 1, index + 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(0, index - 1));
          } else if (event.key === 'Enter' && expanded && active >= 0 && options[active]) {
            event.preventDefault();
            pick(options[active]);
          } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            setOpen(false);
          }
          input.onKeyDown?.(event);
        }}
      />
      <ul id={listId} role="listbox" className="combobox__list" hidden={!expanded} aria-label={label ?? t('common.suggestions')}>
        {options.map((option, index) => (
          <li
            key={optionKey(option)}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="combobox__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
          >
            {renderOption(option)}
          </li>
        ))}
        {footer ? (
          <li role="presentation" className="combobox__footer" onMouseDown={(event) => event.preventDefault()}>
            {footer}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
