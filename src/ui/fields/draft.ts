import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * What a field shows while someone types in it: their draft, and the saved value again whenever they are
 * not typing in it (after leaving it, or when the saved value changes elsewhere). Whether they are is read
 * from the page when the effect runs: an effect of the field's first render can run after a focus and typing
 * in the same task (a date filled in at once), and the `focused` of that render set the draft back.
 */
export const useDraft = <E extends HTMLElement>(saved: string) => {
  const [draft, setDraft] = useState(saved);
  const [focused, setFocused] = useState(false);
  const ref = useRef<E>(null);
  useEffect(() => {
    if (ref.current !== document.activeElement) setDraft(saved);
  }, [saved, focused]);
  return { draft, setDraft, ref, onFocus: () => setFocused(true), onBlurred: () => setFocused(false) };
};
