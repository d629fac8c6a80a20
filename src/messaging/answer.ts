/**
 * What the background sends back for every request it accepts: the value, or an error with a code
 * the sender can act on. Rejections crossing the messaging boundary lose everything but a message
 * (and differ between browsers), so errors travel as values.
 */
import * as v from 'valibot';

export const BACKGROUND_ERROR_CODES = [
  /** A known request type with fields that do not fit its schema. */
  'invalid-request',
  /** Over a size limit of src/messaging/limits.ts: send it in parts. */
  'too-large',
  /** The handler failed (a tool did not load, a bug): worth retrying later. */
  'failed',
] as const;
/** `unreachable` (no background answered) and `bad-response` are decided by the sender. */
export type BackgroundErrorCode = (typeof BACKGROUND_ERROR_CODES)[number] | 'unreachable' | 'bad-response';

export const AnswerSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), value: v.optional(v.unknown()) }),
  v.object({
    ok: v.literal(false),
    error: v.object({ code: v.picklist(BACKGROUND_ERROR_CODES), message: v.string() }),
  }),
]);
export type Answer = v.InferOutput<typeof AnswerSchema>;

export const answerValue = (value: unknown): Answer => ({ ok: true, value });
export const answerError = (code: (typeof BACKGROUND_ERROR_CODES)[number], message: string): Answer => ({
  ok: false,
  error: { code, message },
});

/** A request the background refused or could not answer; `code` says what the sender may do about it. */
export class BackgroundError extends Error {
  constructor(
    readonly code: BackgroundErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackgroundError';
  }
}
