// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ShortField } from '../../src/ui/fields/Inputs';

/** A ShortField in the page, what it committed, and a way to take it away again. */
const mount = (label: string, value: string, type?: 'date') => {
  const host = document.createElement('div');
  document.body.append(host);
  const committed: string[] = [];
  render(<ShortField label={label} type={type} value={value} onCommit={(v) => committed.push(v)} />, host);
  const unmount = () => {
    render(null, host);
    host.remove();
  };
  return { input: host.querySelector('input')!, committed, unmount };
};

describe('a short field', () => {
  it('commits what was typed when it loses focus before the typing was drawn', () => {
    const { input, committed, unmount } = mount('Date of the next meeting', '', 'date');
    input.focus();
    input.value = '2026-12-11';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The view moves focus to its heading in the same task, before the field's draft is drawn again.
    input.dispatchEvent(new FocusEvent('blur'));
    expect(committed).toEqual(['2026-12-11']);
    unmount();
  });

  it('commits on Enter what the field holds, once', () => {
    const { input, committed, unmount } = mount('Team name', 'ED Triage');
    input.value = 'Urgencias · Triaje';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(committed).toEqual(['Urgencias · Triaje']);
    unmount();
  });

  it('keeps what is typed into it straight after it appears, before its first effects have run', async () => {
    const { input, committed, unmount } = mount('Date of the next meeting', '', 'date');
    // Focus and a value in one task, as a date is filled in at once (Playwright's fill of a date field does).
    input.focus();
    input.value = '2026-12-11';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    // The frame ends: every effect waiting for it runs.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(input.value).toBe('2026-12-11');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(committed).toEqual(['2026-12-11']);
    unmount();
  });
});
