/**
 * Family "seo", coupon calls (session 22): a code behind its label (优惠码HV7M54, 折扣码：【K8TX2】,
 * 兑换码 EKS8A7) or a voucher deal (领券满199减5, 立省30元, 满99减20券 点击领取) that tells the
 * reader what to do: take, copy, type, click. ./find-sales-strings.ts reads codes between currency
 * signs; this reads them by their label and by who speaks.
 *
 * Writers report coupons too: a mall's 满300减50 event, a voucher that failed at the till, a code
 * that expired (商场推出满300减50活动, 优惠码只在会员日有效). A report has a subject and a verb of
 * its own (商场推出, 网友反映) and seldom a code; a call has nothing but the deal and an imperative.
 * So a clause holding a code or a deal is hidden when what stands around them in it is only a few
 * words and none of a report (with an imperative, or nothing at all beside a code), from its first
 * word of a call on; a code in a writer's longer clause is marked; a deal alone there is the
 * writer's; nothing inside quotation marks.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** A code behind its label: letters and digits, with a letter, in brackets or not. */
const CODE = /(?:优惠|折扣|兑换|邀请|推荐|预约|活动|专享|领券)?(?:码|口令|暗号|券码|券)\s?[:：]?\s?[【「“(（[]?(?=[A-Za-z0-9]{0,11}[A-Za-z])[A-Za-z0-9]{4,12}(?![A-Za-z0-9])[】」”)）\]]?/gu;
/** A deal: 满M减N, 立减 / 立省 / 再减 / 返现 N元, N折. */
const DEAL = /满\d+减\d+|(?:立减|立省|再减|返现|直降|领)\d+元|[1-9](?:\.\d)?折|[一二三四五六七八九]折/gu;
/** A verb telling the reader what to do with a coupon. */
const IMPERATIVE = /领取?|抢|点击|输入|填写?|复制|下单|使用|备注|结账|打开|搜索|扫码/u;
/** A report's own words: who did it and that it was said (商场推出, 网友反映, 据介绍). */
const REPORT = /推出|开展|举办|表示|介绍|反映|称|说|据|发现|记者|消费者|顾客|市民|商家|商场|超市|平台|部门|活动|促销/u;
/** What may follow a call's last code or deal in its clause: what to do with it, or what it buys. */
const CALL_TAIL = new RegExp(`^券?\\s?(?:${IMPERATIVE.source}|即可|可用|更便宜|更划算|更优惠)`, 'u');
const CLAUSE = /[^，,。！？!?；;\n“”「」]+/gu;
const HAN = /\p{Script=Han}/gu;
/** Around the code or deal, at most this many Han characters of other words. */
const FEW = 8;
/** Where a call's own words start: an imperative, a limit on the offer, a code's label, a deal. */
const CALL_START = new RegExp(`${IMPERATIVE.source}|限时|限量|新客|新人|新用户|专属|今日|仅限|${CODE.source}|${DEAL.source}`, 'u');

const hanCount = (text: string): number => text.match(HAN)?.length ?? 0;

export function findCouponCalls(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const clauses = [...text.matchAll(CLAUSE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const isDeal = (clause: { text: string }): boolean => new RegExp(DEAL.source, 'u').test(clause.text);
  clauses.forEach((clause, k) => {
    if (insideQuotes(text, clause.start)) return;
    const codes = [...clause.text.matchAll(CODE)];
    const deals = [...clause.text.matchAll(DEAL)];
    if (!codes.length && !deals.length) return;
    let rest = clause.text;
    for (const m of [...codes, ...deals]) rest = rest.replace(m[0], '');
    const few = hanCount(rest) <= FEW && !REPORT.test(rest);
    const calls = IMPERATIVE.test(rest);
    // After a clause that hands over to someone's words (该平台称，…), the deal is reported speech.
    const before = clauses[k - 1];
    const reported = before !== undefined && before.end === clause.start - 1 && /[，,:：]/u.test(text.charAt(before.end)) && /(?:称|说|表示|介绍|宣称|提到|写道|显示|承诺)$/u.test(before.text);
    const hide = few && !reported && (calls || (codes.length > 0 && hanCount(rest) <= 4));
    if (!hide && !codes.length) return;
    // Marked, the span is the code with the imperative just before it; hidden, the whole clause.
    // Hidden, the call starts at its first word of a call: what stands before it is the writer's (晋江市[领券满199减5]).
    let start = clause.start + Math.max(0, clause.text.search(CALL_START));
    let end = clause.end;
    if (!hide) {
      const code = codes[0] as RegExpMatchArray & { index: number };
      const lead = clause.text.slice(0, code.index);
      const verb = [...lead.matchAll(new RegExp(IMPERATIVE.source, 'gu'))].pop();
      start = clause.start + (verb && verb.index + verb[0].length >= lead.length - 1 ? verb.index : code.index);
      end = clause.start + code.index + code[0].length;
    } else {
      // The call ends at its last code or deal, and a short tail telling what to do (下单更便宜, 点击领取);
      // the words after them glued on with no mark are the writer's (立省5元[越抠越好]).
      const last = Math.max(...[...codes, ...deals].map((m) => (m.index ?? 0) + m[0].length));
      const after = clause.text.slice(last);
      if (hanCount(after) > 0 && !(hanCount(after) <= 5 && CALL_TAIL.test(after))) end = clause.start + last;
      // A short clause beside it that holds a deal is the call's too (…，满99可用 / 全场8折，…).
      const next = clauses[k + 1];
      if (end === clause.end && next && next.start === end + 1 && hanCount(next.text) <= 8 && (isDeal(next) || /可用|有效|仅限|限时/u.test(next.text))) end = next.end;
      if (/[，,。！!]/u.test(text.charAt(end)) && (start === 0 || /[，,。！？!?；;\n]/u.test(text.charAt(start - 1)))) end++;
    }
    spans.push(
      finderSpan(start, end, 'seo', hide, {
        hidden: 'A coupon call telling the reader to take a code or a deal, pasted in to sell.',
        marked: 'A coupon code: possibly pasted in.',
      }),
    );
  });
  return spans;
}
