import { useRef, useState } from 'preact/hooks';
import { useDraft } from './draft';
import { t } from '../i18n';

let counter = 0;
const useDomId = (prefix: string) => useRef(`${prefix}-${++counter}`).current;

interface ShortProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  type?: 'text' | 'date' | 'number';
  readOnly?: boolean;
  placeholder?: string;
  hideLabel?: boolean;
  required?: boolean;
  /** The id of a <datalist> of suggestions (the board's people for an owner); anything typed is still accepted. */
  list?: string;
  /** A fuller accessible name than the visible label, for a field repeated on every row ("Owner of action “…”"). */
  name?: string;
}

/**
 * A short scalar field (a name, a date, a number). It is committed when the user leaves the field or presses
 * Enter, as one last-writer-wins value; prose belongs in a TextField instead.
 */
export function ShortField({ label, value, onCommit, type = 'text', readOnly, placeholder, hideLabel, required, list, name }: ShortProps) {
  const id = useDomId('sf');
  const { draft, setDraft, ref, onFocus, onBlurred } = useDraft<HTMLInputElement>(value);
  // What the field holds now, read from the field itself: a blur straight after typing (focus moved by the
  // view, or a fast keyboard) can come before the draft's render, and the words typed were then dropped.
  const commit = (current: string) => {
    if (current !== value) onCommit(current);
  };
  return (
    <div class={`field field-${type}`}>
      <label for={id} class={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        aria-label={name}
        type={type}
        value={draft}
        readOnly={readOnly}
        required={required}
        list={list}
        placeholder={placeholder}
        step={type === 'number' ? 'any' : undefined}
        onFocus={onFocus}
        onBlur={(e) => {
          onBlurred();
          commit(e.currentTarget.value);
        }}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
          if (e.key === 'Escape') setDraft(value);
        }}
      />
    </div>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T | '';
  options: readonly T[];
  labels: Record<T, string> | ((value: T) => string);
  onChange: (value: T) => void;
  disabled?: boolean;
  placeholder?: string;
  hideLabel?: boolean;
}

export function SelectField<T extends string>(props: SelectProps<T>) {
  return <Select {...props} />;
}

/**
 * A choice that changes the board (an idea's state, a project's status, a PDSA decision). With the mouse it
 * applies at once. With the keyboard, arrows only move through the options; Enter applies the one shown,
 * Escape or leaving the field keeps the saved one, so browsing the list never moves a card away.
 */
export function ChoiceField<T extends string>(props: SelectProps<T>) {
  return <Select {...props} confirm />;
}

function Select<T extends string>({
  label,
  value,
  options,
  labels,
  onChange,
  disabled,
  placeholder,
  hideLabel,
  confirm = false,
}: SelectProps<T> & { confirm?: boolean }) {
  const id = useDomId('sel');
  const [pending, setPending] = useState<T | null>(null);
  const byKey = useRef(false);
  const text = (option: T) => (typeof labels === 'function' ? labels(option) : labels[option]);
  const shown = pending ?? value;
  const apply = (next: T) => {
    setPending(null);
    if (next !== value) onChange(next);
  };
  return (
    <div class="field field-select">
      {/* A hidden label is the select's own name, not text on the page: an idea's whole text in it would be
          read twice by anything that reads the page's text (search, a reader's text mode). */}
      {!hideLabel && <label for={id}>{label}</label>}
      <select
        id={id}
        aria-label={hideLabel ? label : undefined}
        value={shown}
        disabled={disabled}
        aria-describedby={pending !== null ? `${id}-pending` : undefined}
        onPointerDown={() => (byKey.current = false)}
        onKeyDown={(e) => {
          if (!confirm) return;
          if (e.key === 'Enter' && pending !== null) {
            e.preventDefault();
            apply(pending);
          } else if (e.key === 'Escape' && pending !== null) {
            e.preventDefault();
            e.stopPropagation();
            setPending(null);
          } else if (e.key !== 'Tab' && e.key !== 'Enter') byKey.current = true;
        }}
        onChange={(e) => {
          const next = e.currentTarget.value as T;
          if (confirm && byKey.current) {
            byKey.current = false;
            setPending(next === value ? null : next);
          } else apply(next);
        }}
        onBlur={() => {
          byKey.current = false;
          setPending(null);
        }}
      >
        {value === '' && <option value="">{placeholder ?? t('field.choose')}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {text(option)}
          </option>
        ))}
      </select>
      {pending !== null && (
        <p id={`${id}-pending`} class="hint pending-choice" role="status">
          {t('field.pending', { next: text(pending), current: value === '' ? (placeholder ?? t('field.none')) : text(value as T) })}
        </p>
      )}
    </div>
  );
}

export function Checkbox({ label, checked, onChange, disabled }: { label: string; checked: boolean; onChange: (on: boolean) => void; disabled?: boolean }) {
  return (
    <label class="check">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}
