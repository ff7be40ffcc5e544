import { type Language, resolveLanguage, type Settings, translator, type Translator } from '../core';

let speaking: Translator = translator('en');

/**
 * The language the sync engine writes its problems in ("Sync stopped: …", the relay's line): the person's
 * choice in Settings, else the browser's. The engine runs once per browser, so one language serves every
 * board; tests and tools that never set it get English.
 */
export const speakSyncIn = (settings: Pick<Settings, 'language'>, browserLanguages: readonly string[]): Language => {
  const language = resolveLanguage(settings.language, browserLanguages);
  speaking = translator(language);
  return language;
};

/** The engine's words, in the language set by `speakSyncIn`. */
export const syncWords = (): Translator => speaking;
