// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lastCaptureBoard, mark, staffWelcomeSeen } from '../../src/platform/marks';

describe('marks kept through @wxt-dev/storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    localStorage.clear();
  });

  it('keeps a mark per board in local storage, on disk', async () => {
    expect(await staffWelcomeSeen('ed-triage').get()).toBeNull();
    await staffWelcomeSeen('ed-triage').set('1');
    expect(await staffWelcomeSeen('ed-triage').get()).toBe('1');
    expect(await staffWelcomeSeen('imaging-1-east').get()).toBeNull();
    expect(await fakeBrowser.storage.local.get('ubt-staff-welcome-seen:ed-triage')).toEqual({ 'ubt-staff-welcome-seen:ed-triage': '1' });
  });

  it('moves a mark version 0.1 left in localStorage over on the first read, once', async () => {
    localStorage.setItem('ubt:last-capture-board', 'labor-and-delivery');
    expect(await lastCaptureBoard.get()).toBe('labor-and-delivery');
    expect(localStorage.getItem('ubt:last-capture-board')).toBeNull();
    expect(await lastCaptureBoard.get()).toBe('labor-and-delivery');
    await lastCaptureBoard.set('ed-triage');
    expect(await lastCaptureBoard.get()).toBe('ed-triage');
  });

  it('prefers the stored mark over an old one still in localStorage', async () => {
    await mark('k').set('new');
    localStorage.setItem('k', 'old');
    expect(await mark('k').get()).toBe('new');
  });
});
