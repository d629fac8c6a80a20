/** Saves text as a file through a temporary Blob URL (no downloads permission needed). */
export function downloadText(filename: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoke once the browser has taken the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `dudong-words-2026-11-28` */
export function datedName(base: string, now = new Date()): string {
  return `${base}-${now.toISOString().slice(0, 10)}`;
}
