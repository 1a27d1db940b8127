import { useCallback, useState } from 'react';
import type { ChangeEvent } from 'react';

type Values = Record<string, string | boolean>;

/**
 * The values of a form of text inputs, selects and checkboxes, kept as strings (booleans for
 * checkboxes) exactly as typed; `bind(name)` wires one control.
 */
export function useForm<T extends Values>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(name: K, value: T[K]) => setValues((current) => ({ ...current, [name]: value })), []);
  const bind = (name: keyof T & string) => ({
    name,
    value: String(values[name]),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      set(name, event.target.value as T[typeof name]),
  });
  return { values, setValues, set, bind };
}

/** '' → null: an emptied optional input clears the field in the API. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
