/**
 * How a closed row's finder reports a row (./find-closed-rows.ts, ./betting-rows.ts): its extent in the
 * paragraph, whether it is sure enough to hide, and why.
 */
export type AddRow = (start: number, end: number, hide: boolean, reason: string) => void;
