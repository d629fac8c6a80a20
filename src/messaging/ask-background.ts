/**
 * The sender's side of the protocol: sends one request, checks the answer against the response
 * schema of its type, and turns every way of failing into a `BackgroundError` with a code.
 */
import * as v from 'valibot';
import { AnswerSchema, BackgroundError } from './answer';
import { backgroundMessages, type DudongRequest, type ResponseOf } from './protocol';

export type SendMessage = (message: unknown) => Promise<unknown>;
export type AskBackground = <T extends DudongRequest>(request: T) => Promise<ResponseOf<T['type']>>;

export function createBackgroundClient(send: SendMessage): AskBackground {
  return async (request) => {
    let reply: unknown;
    try {
      reply = await send(request);
    } catch (error) {
      // The service worker was stopped mid-request, or is not up yet, or the extension was reloaded.
      throw new BackgroundError('unreachable', `${request.type}: ${String(error)}`);
    }
    const answer = v.safeParse(AnswerSchema, reply);
    if (!answer.success) throw new BackgroundError('bad-response', `${request.type}: no answer the protocol knows`);
    if (!answer.output.ok) throw new BackgroundError(answer.output.error.code, answer.output.error.message);
    const value = v.safeParse(backgroundMessages[request.type].response, answer.output.value);
    if (!value.success) throw new BackgroundError('bad-response', `${request.type}: ${v.summarize(value.issues)}`);
    return value.output as ResponseOf<(typeof request)['type']>;
  };
}
