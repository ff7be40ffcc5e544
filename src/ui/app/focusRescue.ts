/**
 * Focus never falls to the page. When the focused control goes away (an item deleted, a form replaced by
 * what it made, a button disabled by its own action), focus would drop to <body> and a keyboard or
 * screen-reader user would have to start again from the top. Instead it moves, in this order, to:
 *   - the same control drawn again (an element with the same id, or the same label in the same place);
 *   - the next item of the list the control was in (or the one before, if it was the last);
 *   - the first control left in the nearest part of the page that is still there;
 *   - the view's heading.
 * Views that know better (a new item, the next agenda item) move focus themselves; this is what remains.
 */

const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface Lost {
  element: HTMLElement;
  id: string;
  name: string;
  /** The element's ancestors, nearest first, with the list item (if any) and its neighbours. */
  ancestors: Element[];
  item: { next: Element | null; previous: Element | null } | null;
}

const nameOf = (element: HTMLElement) => element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';

const describe = (element: HTMLElement): Lost => {
  const ancestors: Element[] = [];
  for (let at = element.parentElement; at; at = at.parentElement) ancestors.push(at);
  const li = element.closest('li');
  return {
    element,
    id: element.id,
    name: nameOf(element),
    ancestors,
    item: li ? { next: li.nextElementSibling, previous: li.previousElementSibling } : null,
  };
};

/** Drawn and reachable: not inside a closed <details>, a hidden panel or a closed dialog. */
const shown = (element: HTMLElement) => element.checkVisibility?.({ visibilityProperty: true }) ?? element.getClientRects().length > 0;
const focusables = (root: Element) => [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(shown);
const firstFocusable = (root: Element | null): HTMLElement | null => (root ? (focusables(root)[0] ?? null) : null);

const heading = (): HTMLElement | null => {
  const target = document.querySelector<HTMLElement>('#main h1') ?? document.querySelector<HTMLElement>('main h1, h1');
  if (target) target.tabIndex = -1;
  return target;
};

/** The control just before `element` within `root` (or, if none, just after it): its neighbour on the page. */
const besides = (root: Element, element: HTMLElement): HTMLElement | null => {
  const controls = focusables(root);
  const before = controls.filter((c) => c.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  return before.at(-1) ?? controls.find((c) => c !== element) ?? null;
};

/**
 * Where focus goes when `lost` has gone. `moved`: the element was taken out of the page and put back (a
 * list reordered around it), which drops focus without the person asking.
 */
export const rescueTarget = (lost: Lost, moved = false): HTMLElement | null => {
  if (lost.element.isConnected && !lost.element.matches(':disabled')) {
    // Moved with its list (an agenda item moved down): focus goes back to it. Otherwise focus left it on
    // purpose (a click on the page), and stays where the person put it.
    return moved && shown(lost.element) ? lost.element : null;
  }
  const item = lost.element.isConnected ? lost.element.closest('li') : null;
  if (item) {
    // Disabled by its own action and still in its list item (↓ on the item that is now last): the item's
    // control beside it. (A form's button disabled while it works is left to the rules below.)
    const target = besides(item, lost.element);
    if (target) return target;
  }
  if (lost.id) {
    const again = document.getElementById(lost.id);
    if (again && again !== lost.element && again.isConnected && !again.matches(':disabled') && shown(again)) return again;
  }
  const nearest = lost.ancestors.find((a) => a.isConnected) ?? null;
  if (nearest && lost.name) {
    const same = focusables(nearest).find((el) => nameOf(el) === lost.name);
    if (same) return same;
  }
  if (lost.item) {
    for (const neighbour of [lost.item.next, lost.item.previous]) {
      const target = neighbour?.isConnected ? firstFocusable(neighbour) : null;
      if (target) return target;
    }
  }
  for (const ancestor of lost.ancestors) {
    if (!ancestor.isConnected) continue;
    // Not above the view: the first control of the whole page is the top of the page, where focus must not fall.
    if (ancestor.id === 'main' || ancestor.querySelector('#main') || ancestor === document.body) break;
    const target = firstFocusable(ancestor);
    if (target) return target;
  }
  return heading();
};

/** Starts watching; returns the function that stops. */
export const startFocusRescue = (): (() => void) => {
  let last: Lost | null = null;
  let frame = 0;
  let moved = false;
  const check = () => {
    frame = 0;
    const wasMoved = moved;
    moved = false;
    const active = document.activeElement;
    if (active && active !== document.body && !active.matches(':disabled')) return;
    const target = last ? rescueTarget(last, wasMoved) : null;
    target?.focus();
  };
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement && event.target !== document.body) last = describe(event.target);
  };
  // A removed or disabled element fires no focusout in every browser, so check after each change.
  const observer = new MutationObserver((records) => {
    if (!last) return;
    const element = last.element;
    if (records.some((r) => [...r.removedNodes].some((node) => node === element || node.contains(element)))) moved = true;
    if (frame) return;
    const active = document.activeElement;
    if (active && active !== document.body && !active.matches(':disabled')) return;
    frame = requestAnimationFrame(check);
  });
  const onFocusOut = (event: FocusEvent) => {
    // Focus leaving to another element or out of the window is the person's own doing.
    if (event.relatedTarget || !document.hasFocus()) return;
    if (!frame) frame = requestAnimationFrame(check);
  };
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('focusout', onFocusOut);
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  };
};
