/** Small valibot pieces every message schema uses. */
import * as v from 'valibot';

/** A UTF-16 offset or count. */
export const offset = () => v.pipe(v.number(), v.integer(), v.minValue(0));

export const boundedString = (max: number) => v.pipe(v.string(), v.maxLength(max));

/**
 * Compile-time check that a schema's type and a type declared elsewhere are the same, so a field
 * added to one (say `SpamSpan` in src/spam) and not the other fails the typecheck.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const sameType = <T extends true>(_proof: T): void => undefined;
