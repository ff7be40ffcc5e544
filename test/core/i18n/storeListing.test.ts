import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, translator } from '../../../src/core/i18n';

/** The browser reads the listing's words from public/_locales; they must say what the catalogue says. */
const locales = (language: string) => JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>;

describe('store listing and browser menus', () => {
  it.each(LANGUAGES)('%s: _locales says what the catalogue says', (language) => {
    const t = translator(language).t;
    const messages = locales(language);
    expect(Object.keys(messages).sort()).toEqual(['actionTitle', 'commandAddToBoard', 'extDescription', 'extName']);
    expect(messages.extName!.message).toBe('UBT Board');
    expect(messages.extDescription!.message).toBe(t('store.description'));
    expect(messages.actionTitle!.message).toBe(t('store.actionTitle'));
    expect(messages.commandAddToBoard!.message).toBe(t('store.command'));
  });

  it('the quick-add popup’s title is the toolbar button’s', () => {
    for (const language of LANGUAGES) expect(translator(language).t('capture.title')).toBe(translator(language).t('store.actionTitle'));
  });
});
