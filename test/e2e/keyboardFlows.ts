import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** A control pressed from the keyboard: focused, then Enter (no pointer anywhere in this file). */
export const press = async (control: Locator, key = 'Enter') => {
  await control.focus();
  await control.page().keyboard.press(key);
};
/** A board section opened from its link with Enter; the view takes focus to its heading. */
export const goTo = async (page: Page, section: string) => {
  await press(page.getByRole('navigation', { name: 'Board sections' }).getByRole('link', { name: section, exact: true }));
  await expect.poll(() => page.evaluate(() => document.activeElement === document.querySelector('#main h1'))).toBe(true);
};
