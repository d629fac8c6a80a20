/**
 * Family "seo": a shop's strings pasted into a copied article (session 13) — a shopping-coupon code
 * (淘口令: ￥XjK8aQ9mZ2￥ and "copy this, open the shopping app") and a price promotion (原价199元，
 * 现价仅需59元，限时特惠，全国包邮！).
 *
 * - A code is a run of letters and digits between two currency signs; no writer types one except to
 *   quote a scam's message, so outside quotation marks the code is hidden, with its sentence when
 *   the sentence tells the reader to copy it or open the shop's app (复制, 打开…淘宝, 领券).
 * - News reports prices and 包邮 in the same words (记者看到，一款空调原价3999元，现价2899元，商家承诺
 *   全国包邮), so a promotion is read by who speaks: a sentence with a former price, a second price
 *   and a selling word (限时, 特惠, 包邮, 抢购 …) and no subject or reporting word at all is marked;
 *   hidden only when it also ends as an ad does (！, 手慢无, 拍下立减), in an article whose headline
 *   is not about prices or shopping.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { pasteStart } from './paste-start';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** A coupon code: 6–16 letters and digits, both kinds, between two of the same currency sign. */
const CODE = /([￥¥€$＄#])(?=[A-Za-z0-9]{0,15}[0-9])(?=[A-Za-z0-9]{0,15}[A-Za-z])[A-Za-z0-9]{6,16}\1/gu;
// 某宝 / 手淘 / tb: the names a farm writes to slip past a keyword filter.
const COPY_CALL = /复制|口令|打开.{0,4}(?:淘宝|某宝|手淘|天猫|京东|某东|拼多多|[Tt][Bb]|[Aa][Pp][Pp])|领券|领取.{0,4}优惠/u;
const SENTENCE = /[^。！？!?\n]+[。！？!?]*/gu;
/** What may follow a coupon call's last act and still be the call's: 即可领取。 */
const SHORT_CLOSE = 6;
/** What a coupon's call may say before its act: 长按复制, 请复制. */
const COPY_LEAD = /^(?:长按|请|点击)$/u;

const PRICE = '(?:[0-9]+(?:\\.[0-9]+)?\\s?元?)';
/** A former price and a second one: 原价199元…现价59元 / 特惠价29.9元…原价129元. */
const TWO_PRICES = new RegExp(`原价${PRICE}.{0,12}(?:现价|特价|秒杀价|活动价|到手价|仅需|仅售|只要)${PRICE}|(?:现价|特价|特惠价|秒杀价|到手价|仅需|仅售)${PRICE}.{0,12}原价${PRICE}`, 'u');
const SELLING = /限时|特惠|包邮|抢购|秒杀|下单|拍下|立减|买[一二]送[一二]|手慢无|清仓|特价/u;
/** Who speaks in a writer's sentence: a reporter, a shop, a buyer, a body that regulates. */
const REPORTING = /记者|商家|卖家|店主|消费者|顾客|市民|网友|平台|部门|据|称|说|表示|介绍|看到|发现|一款|部分|有的|不少|其中|[他她]/u;
const AD_END = /[！!]$|手慢无|拍下|立减|包邮到家/u;
const SHOPPING_HEADLINE = /价|购|买|卖|商|店|电商|促销|消费|打折|优惠|双十一|双11|618|年货|市场/u;

export function findCouponCodes(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(CODE)) {
    if (insideQuotes(text, m.index)) continue;
    // Between # marks (session 14) a code is a token only beside its call to copy it: a topic tag
    // (#iPhone15#) is not one.
    if (m[1] === '#' && !COPY_CALL.test(text.slice(m.index, m.index + m[0].length + 12))) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    // Its sentence goes with it when the sentence is the call to copy it.
    for (const s of text.matchAll(SENTENCE)) {
      if (s.index <= start && s.index + s[0].length >= end && COPY_CALL.test(s[0]) && s[0].length <= 60) {
        const call = Math.min(start, s.index + s[0].search(COPY_CALL));
        start = pasteStart(text, call, COPY_LEAD, s.index);
        // To the call's last act and a short close (即可领取。); a farm glues the call into the
        // article's own sentence (…打开淘宝领券把她叫到办公室。), whose words stay.
        const acts = [...s[0].matchAll(new RegExp(COPY_CALL.source, 'gu'))].map((a) => s.index + a.index + a[0].length);
        const callEnd = Math.max(end, ...acts);
        const sentenceEnd = s.index + s[0].length;
        end = sentenceEnd - callEnd <= SHORT_CLOSE ? sentenceEnd : callEnd;
      }
    }
    spans.push(finderSpan(start, end, 'seo', true, { hidden: 'A shopping-coupon code (copy it, open the shop app), pasted in to sell.', marked: '' }));
  }
  return spans;
}

export function findPricePromotions(pageText: string, title = ''): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const shopping = SHOPPING_HEADLINE.test(toSimplifiedForm(title));
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    if (!TWO_PRICES.test(sentence) || !SELLING.test(sentence)) continue;
    if (insideQuotes(text, m.index) || /[“「『]/u.test(sentence)) continue;
    // Someone reports it (记者看到，一款空调原价…): the story's own prices.
    if (REPORTING.test(sentence)) continue;
    const hide = !shopping && AD_END.test(sentence);
    const first = Math.min(...[m[0].search(TWO_PRICES), m[0].search(SELLING)].filter((i) => i >= 0));
    const start = pasteStart(text, m.index + first, /^(?:今日|本店|全场)$/u, m.index);
    const end = m.index + m[0].trimEnd().length;
    spans.push(
      finderSpan(start, end, 'seo', hide, {
        hidden: "A shop's price promotion, pasted into the article to sell.",
        marked: "Possibly a shop's price promotion pasted in.",
      }),
    );
  }
  return spans;
}
