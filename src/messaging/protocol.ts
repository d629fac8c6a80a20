/**
 * The one protocol between content scripts and the background. Each message is one valibot schema
 * for its request and one for its response: the schemas are the validators (the background checks
 * every request, the sender checks every answer) and the TypeScript types are inferred from them,
 * so the two cannot drift. To add a message: a schema pair in a file of this folder, one line in
 * `backgroundMessages`, one handler in src/background/router.ts (the typecheck asks for it).
 */
import * as v from 'valibot';
import { AnalyzeRequestSchema, AnalyzeResponseSchema } from './analyze';
import { LongestMatchRequestSchema, LongestMatchResponseSchema, LookupRequestSchema, LookupResponseSchema } from './lookup';
import { NoAnswerSchema, PageClassifiedRequestSchema, WarmRequestSchema } from './page';

export type { AnalyzeRequest, AnalyzeResponse, ParagraphAnalysis, WordToken } from './analyze';
export type {
  DictionarySense,
  FrequencyBand,
  GlossaryNote,
  LongestMatchRequest,
  LongestMatchResponse,
  LookupRequest,
  LookupResponse,
  WordLevel,
  WordPart,
} from './lookup';
export type { PageClassifiedRequest, WarmRequest } from './page';
export type { ReaderStatus, ReaderStatusRequest, RevealSpamRequest, TabRequest } from './tab-protocol';

export const backgroundMessages = {
  analyze: { request: AnalyzeRequestSchema, response: AnalyzeResponseSchema },
  'page-classified': { request: PageClassifiedRequestSchema, response: NoAnswerSchema },
  warm: { request: WarmRequestSchema, response: NoAnswerSchema },
  lookup: { request: LookupRequestSchema, response: v.nullable(LookupResponseSchema) },
  'longest-match': { request: LongestMatchRequestSchema, response: LongestMatchResponseSchema },
} as const;

type Messages = typeof backgroundMessages;
export type RequestType = keyof Messages;
export type RequestOf<K extends RequestType> = v.InferOutput<Messages[K]['request']>;
export type ResponseOf<K extends RequestType> = v.InferOutput<Messages[K]['response']>;
export type DudongRequest = { [K in RequestType]: RequestOf<K> }[RequestType];
export type ResponseFor = { [K in RequestType]: ResponseOf<K> };

// Each request schema's `type` must be its key in the table.
const _typesMatchKeys: { [K in RequestType]: { type: K } } = {} as { [K in RequestType]: RequestOf<K> };
void _typesMatchKeys;

export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(backgroundMessages, type);
}
