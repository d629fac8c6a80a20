/**
 * Marks on the page's performance timeline for the reader's first steps (`dudong:reader-start`,
 * `dudong:first-analysis-sent`, …), each once per page: benchmarks read them after the fact to see
 * where the time to the first ruby goes, without hooks or polling in the page.
 */
const marked = new Set<string>();

export function markOnce(step: string): void {
  if (marked.has(step)) return;
  marked.add(step);
  try {
    performance.mark(`dudong:${step}`);
  } catch {
    // The figure is only for benchmarks.
  }
}
