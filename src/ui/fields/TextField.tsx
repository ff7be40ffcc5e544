import * as Y from 'yjs';
import type { JSX } from 'preact';
import { useContext, useLayoutEffect, useRef } from 'preact/hooks';
import { mergeUserEdit } from './userEdit';
import { PresenceContext } from '../app/context';
import { EditorsBadge } from '../rooms/EditorsBadge';
import { collection, editText, type KindWithText, type TextFieldOf } from '../../core';
import type { BoardSession } from '../model/session';

interface Props<K extends KindWithText> {
  session: BoardSession;
  kind: K;
  id: string;
  /** One of the kind's prose fields (layout.ts): a misspelt one is a type error. */
  field: TextFieldOf<K>;
  label: string;
  hint?: string;
  rows?: number;
  placeholder?: string;
}

let fieldCounter = 0;

/**
 * A prose field bound straight to its Y.Text: typing goes through the `editText` operation, and changes from
 * co-leads, other pages or undo update only this textarea, keeping the caret where the user left it.
 */
export function TextField<K extends KindWithText>({ session, kind, id, field, label, hint, rows = 2, placeholder }: Props<K>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const domId = useRef(`tf-${++fieldCounter}`).current;
  const text = collection(session.doc, kind).get(id)?.get(field);
  const presence = useContext(PresenceContext);
  /** What the textarea shows; a keystroke is the difference between this and its new value. */
  const shown = useRef('');

  // A layout effect fills the box before the browser can deliver a keystroke to it: a box that looked
  // empty while the text had content would turn the first keystroke into "delete everything".
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area || !(text instanceof Y.Text)) return;
    area.value = shown.current = text.toString();
    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.local && area.dataset.typing === '1') return;
      // Keep the caret where the person left it, moved only by text before it. (Checked on every change, not
      // only while `document.activeElement` is this box: in a window without focus it still is the box typed in.)
      const [start, end] = shiftSelection(event.delta, area.selectionStart, area.selectionEnd);
      area.value = shown.current = text.toString();
      area.setSelectionRange(start, end);
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text]);

  if (!(text instanceof Y.Text)) return null;
  const onInput = (event: JSX.TargetedEvent<HTMLTextAreaElement>) => {
    const area = event.currentTarget;
    const merged = mergeUserEdit(shown.current, area.value, text.toString(), area.selectionStart);
    area.dataset.typing = '1';
    const done = session.run(editText, { kind, id, field, splice: merged.splice, caret: merged.caret });
    delete area.dataset.typing;
    const stored = text.toString();
    shown.current = stored;
    // Refused (too long, read-only), or merged with a change that arrived in between: show what is stored,
    // with the caret right after what the person typed.
    if (!done.ok || area.value !== stored) {
      area.value = stored;
      if (done.ok) area.setSelectionRange(merged.caret, merged.caret);
    }
  };
  return (
    <div class="field">
      <label for={domId}>
        {label}
        {presence && <EditorsBadge editors={presence.editorsOf(kind, id, field)} />}
      </label>
      {hint && (
        <p class="hint" id={`${domId}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={domId}
        ref={ref}
        rows={rows}
        placeholder={placeholder}
        aria-describedby={hint ? `${domId}-hint` : undefined}
        readOnly={session.readOnly.value}
        data-field={`${kind}.${field}`}
        onInput={onInput}
        onFocus={() => presence?.focus({ kind, id, field })}
        onBlur={() => presence?.focus(null)}
      />
    </div>
  );
}

/** Moves a caret through a Yjs text delta: text inserted before it pushes it right, deletions pull it left. */
export const shiftSelection = (delta: Y.YTextEvent['delta'], start: number, end: number): [number, number] => {
  let index = 0;
  let [s, e] = [start, end];
  for (const op of delta) {
    if (op.retain !== undefined) index += op.retain;
    else if (typeof op.insert === 'string') {
      const n = op.insert.length;
      if (index < s) s += n;
      if (index < e) e += n;
      index += n;
    } else if (op.delete !== undefined) {
      const n = op.delete;
      if (index < s) s -= Math.min(n, s - index);
      if (index < e) e -= Math.min(n, e - index);
    }
  }
  return [s, e];
};
