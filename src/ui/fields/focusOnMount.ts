/**
 * A ref that moves the keyboard focus to an element when it appears: a form opened by a button ("Make it a
 * project…") takes the focus, so a keyboard user types at once instead of tabbing past other buttons. One
 * function for every such ref, so Preact calls it only when the element mounts.
 */
export const focusOnMount = (element: HTMLElement | null): void => element?.focus();

/**
 * After an action adds an item somewhere else on the page (a new measure above the form, a new test of
 * change's worksheet), moves the focus to it once it is drawn and scrolls it into view, so a keyboard user
 * is not left on a control the new item pushed off screen. `find` is asked on each frame, for up to a
 * second; a heading or other element that is not a control is made focusable by script only.
 */
export const focusWhenShown = (find: () => HTMLElement | null): void => {
  let frames = 0;
  const attempt = () => {
    const element = find();
    if (!element) {
      if (++frames < 60) requestAnimationFrame(attempt);
      return;
    }
    if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'center', behavior: 'instant' });
  };
  requestAnimationFrame(attempt);
};
