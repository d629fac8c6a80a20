/**
 * Family "seo": a courier's text to a parcel's owner pasted into the article (session 33, issue 12: places30 dev's
 * own paragraphs 0.059 hidden; QA29 / GATE29 had the class, never hidden). The text tells the parcel's state
 * (已到达, 正在派送, 待领取, 预计…送达) to its owner (您, 尊敬的客户, 请凭…) or with the courier's marks (【顺丰速运】,
 * a pickup code, a waybill number, a masked phone). A writer tells of parcels in the third person (她的快递显示已签收;
 * 快递员每天要派送三百多件快件) or advises "you" in general (如果您的包裹…，可以联系客服): left. Hidden only as a
 * whole sentence (./notice-sentences.ts).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { findNoticeSentences, type NoticeForm } from './notice-sentences';
import type { SpamSpan } from './types';

const PARCEL = /快递|快件|包裹|邮件|订单|商品|运单号?|取件码|驿站|快递柜|丰巢|派送|派件|签收|揽收|妥投|出库|发货|物流|转运中心|分拨中心|代收/u;
const STATUS = /已(?:经)?(?:到达|签收|发货|发出|出库|揽收|妥投|放入|放置|退回|被代收|离开|送达)|正在(?:派送|派件|出库|运输|配送|为您派件)|待(?:领取|取件|签收)|即将(?:安排)?(?:派送|送达)|预计.{0,6}送达|运输中|派送中|派件中|签收成功/u;
/** The courier speaking to the owner, or its marks. */
const TO_OWNER = /【[^【】]{1,8}】|您|尊敬的|取件码|运单号|单号|1\d{2}\*{3,4}\d{4}|(?<![\d.])[A-Z]{0,3}\d{4,}(?![\d年月日元件万亿人个次号公米%.])|请(?:凭|及时|尽快|联系|回电)|感谢使用|如有疑问|取件提醒|物流更新/u;
const OTHER_CUES = /快递员|派送员|配送员|派件员|电话|请|及时|尽快|领取|取件|联系|回电|查收|本人|门口|柜机|编号|\d+|预计|明天|后天|今天|今日|送达|城市|安排|所在|超时|未取|下一站|中心|感谢|使用|疑问|客户|[：:]/u;
/** Where a courier's text starts and ends: its words of several characters, a code. */
const EDGES = /快递员|派送员|配送员|派件员|电话|领取|取件|回电|查收|送达|本人签收|感谢使用|下一站|转运中心|\d{3,}|[A-Z]\d+/u;
/** A writer telling of someone, or advising in general. */
const TOLD = /他|她|记者|据|称|表示|说|女士|先生|市民|居民|网友|用户|消费者|公司|部门|警方|如果|假如|若|可以|建议|提醒|注意|每天|日均|突破|超过|影响|暂停|延迟|业务量|冒领|讨要|辞退|投诉|反映|客服|显示/u;

const FORM: NoticeForm = {
  needs: [PARCEL, STATUS, TO_OWNER],
  edges: new RegExp([EDGES, PARCEL, STATUS, TO_OWNER].map((r) => r.source).join('|'), 'u'),
  cues: new RegExp([PARCEL, STATUS, TO_OWNER, OTHER_CUES].map((r) => r.source).join('|'), 'u'),
  told: TOLD,
  reason: "A courier's text about a parcel, pasted into the article.",
};

export function findParcelNotices(text: string): SpamSpan[] {
  return findNoticeSentences(text, toSimplifiedForm(text), FORM);
}
