import { localDay } from '../../core';

/** Saves text as a file through the browser's own download (no permission needed). */
export const downloadText = (filename: string, text: string, type: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/**
 * A file name from the team's name: letters and digits of any script, the rest as "-", at most 60
 * characters, then the date. Direction overrides, slashes and dots cannot reach the name.
 */
export const fileStem = (teamName: string, now = new Date()): string =>
  `${
    [
      ...(teamName || 'board')
        .normalize('NFC')
        .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase(),
    ]
      .slice(0, 60)
      .join('')
      .replace(/-+$/, '') || 'board'
  }-${localDay(now.getTime())}`;
