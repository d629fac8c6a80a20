/**
 * Family "seo": the signature a phone or an app writes under a post — "sent from my phone" (——发自我的
 * 华为手机, （发自小米手机 · 某某极速版）, 来自iPhone客户端, 發自我的 iPhone) — left in a copied article, glued
 * after a paragraph's last sentence or standing as a line (session 19: QA18's class, 0% found).
 *
 * Its shape: 发自 / 来自 (我的) opening a line or following a sentence's end or a dash, then a device or
 * client (手机, 客户端, iPhone, a phone maker's name …) and nothing else to the paragraph's end. Writers
 * use the verbs too, never so: a dateline names a city (本报记者 周琳 发自上海), a sentence goes on
 * (短信发自她的旧手机。 has a subject before the verb and a full stop after), visitors come from places
 * (来自北京的游客).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** What a signature names: a phone, a tablet or a client, or a phone maker's or model's name. */
const DEVICE = /手机|客户端|平板|iPhone|iPad|Android|安卓|华为|荣耀|小米|红米|OPPO|vivo|魅族|三星|Galaxy|一加|HUAWEI|Mate|Pura|Redmi|极速版|精简版|App|APP/iu;
/** The signature: after a line start or a sentence's end, or opening with a dash or a bracket, to the paragraph's end (closing its bracket). */
const SIGNATURE = /(?:(?<=^|[。！？!?…”」』）)】\s])|(?=[—－]{2}|[（(]))(?:[—－\-~～]{1,2}\s*)?([（(]\s*)?(?:发自|来自|发送自)\s?(?:我的)?\s?([^。！？!?，,（）()\n]{2,28}?)\s*([）)])?\s*$/u;

export function findSentFrom(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText.trimEnd());
  const m = SIGNATURE.exec(text);
  // A bracket opened is closed, and the words name a device: 来自北京 is a place, 发自上海 a dateline.
  if (!m || Boolean(m[1]) !== Boolean(m[3]) || !DEVICE.test(m[2] ?? '')) return [];
  // A news outlet's client (来自新华社客户端) may be the story's real source: marked. An app's edition
  // or a phone named beside it (看点快报极速版, 华为手机·某某新闻) is the post's signature.
  const words = m[2] ?? '';
  const outlet = /社|报|台|新闻/u.test(words) && !DEVICE.test(words.replace(/客户端/gu, ''));
  return [finderSpan(m.index, text.length, 'seo', !outlet, { hidden: 'A "sent from my phone" signature left from the post the article was copied from.', marked: 'Possibly a signature left from the post the article was copied from, or its source.' })];
}
