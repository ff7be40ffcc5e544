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

export const fileStem = (teamName: string, now = new Date()): string =>
  `${
    (teamName || 'board')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'board'
  }-${now.toISOString().slice(0, 10)}`;
