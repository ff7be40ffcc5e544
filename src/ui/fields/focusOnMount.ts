/**
 * A ref that moves the keyboard focus to an element when it appears: a form opened by a button ("Make it a
 * project…") takes the focus, so a keyboard user types at once instead of tabbing past other buttons. One
 * function for every such ref, so Preact calls it only when the element mounts.
 */
export const focusOnMount = (element: HTMLElement | null): void => element?.focus();
