import * as Y from 'yjs';
import { useEffect, useState } from 'preact/hooks';
import { collection, type KindWithText, type TextFieldOf } from '../../core';
import type { BoardSession } from '../model/session';

/** Read-only text of a Y.Text field that follows every change; re-renders only itself. */
export function LiveText<K extends KindWithText>({
  session,
  kind,
  id,
  field,
  class: className,
}: {
  session: BoardSession;
  kind: K;
  id: string;
  field: TextFieldOf<K>;
  class?: string;
}) {
  const text = collection(session.doc, kind).get(id)?.get(field);
  const [value, setValue] = useState(() => (text instanceof Y.Text ? text.toString() : ''));
  useEffect(() => {
    if (!(text instanceof Y.Text)) return;
    const update = () => setValue(text.toString());
    update();
    text.observe(update);
    return () => text.unobserve(update);
  }, [text]);
  return <span class={className}>{value}</span>;
}
