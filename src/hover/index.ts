/**
 * Hover lookups in the page: word under the pointer → background lookup → tooltip.
 * Placeholder until the tooltip lands.
 */
export interface HoverOptions {
  /** 'article': words are Dudong's ruby elements; 'chinese': longest dictionary match at the pointer. */
  mode: 'article' | 'chinese';
  /** Aborted when Dudong is turned off for the page: remove every listener and UI. */
  signal: AbortSignal;
}

export function startHoverLookups(_options: HoverOptions): void {}
