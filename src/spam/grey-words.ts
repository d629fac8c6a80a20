/**
 * The grey market's own words, written from what the trade is known to sell (session 12): online
 * betting, quick loans and credit repair, search-engine services, fake papers and personal data.
 * Simplified spellings; match on the text's Simplified form (./find-seo.ts does the same).
 *
 * News quotes every one of these (a crackdown on 网络赌博, a story on 征信修复 fraud), so a word of
 * this list is never evidence alone: the finders use it to say what a shape already found is about
 * (a glossed keyword, the items of a tag line, a sponsor's brand), not to find text.
 */
const ROOTS = [
  // Betting: acts, games and slang (菠菜 for 博彩, 真钱 for real-money play).
  '赌', '博彩', '菠菜', '彩票', '时时彩', '六合彩', '彩金', '竞猜', '投注', '下注', '押注', '棋牌', '百家乐', '老虎机',
  '轮盘', '视讯', '真人娱乐', '捕鱼', '买球', '真钱', '娱乐城', 'pk10', '盘口', '电子游艺',
  // Quick loans and credit repair.
  '口子', '下款', '网贷', '套现', '征信', '黑户', '白户', '秒批', '花呗', '借呗', '免审',
  // Search-engine and traffic services.
  '快排', '权重', '外链', '刷流水', '刷单', '代发', '收录', '蜘蛛池', '引流', '刷量',
  // Fake papers and personal data.
  '办证', '高仿', '假证', '刻章', '公民信息', '四件套', '代开',
];
const GREY = new RegExp(ROOTS.join('|'), 'iu');
/**
 * The words of the list that news uses only when it quotes the trade: no spinach (菠菜), fishing
 * (捕鱼), a cut (口子), payroll (代发工资), a licence office (办证大厅) or a bare topic (征信, 赌博:
 * ./find-gambling-words.ts reads betting words by their dictionary meaning). Global: use with matchAll.
 */
/**
 * The trade's offers as it words them (session 14): a betting game's "plan" or draw feed (幸运飞艇在线
 * 计划), a search service's promise (秒收录, 快速排名), papers made to order (代办学历), a loan past the
 * credit check (黑户也能下款). News names the trades but says these only inside quotation marks.
 * The state lotteries' own games (快3, 11选5) are left out: their draws are news.
 */
export const OFFER_PHRASES = [
  '(?:幸运飞艇|北京赛车|极速赛车|pk10|时时彩|六合彩)(?:在线)?(?:计划|开奖直播)', '(?:幸运飞艇|北京赛车|极速赛车|pk10)开奖',
  '秒收录', '快速排名', '快速收录', '百度快排', '代办(?:学历|毕业证|学位证|文凭)', '假文凭',
  '黑户(?:也能|也可以?|秒批)下款', '征信花了也能下款', '无视黑白',
];
export const OFFERS = new RegExp(OFFER_PHRASES.join('|'), 'iu');
export const TRADE_WORDS = new RegExp(
  [
    ...OFFER_PHRASES,
    '[贷额款]口子', '下款', '套现', '刷流水', '刷单', '快排', '外链', '蜘蛛池', '高仿', '假证', '刻章', '公民信息', '四件套',
    '征信修复', '征信洗白', '修复征信', '洗白征信', '秒批', '真钱', '视讯', '买球', '娱乐城', '百家乐', '老虎机', '时时彩',
    '六合彩', '彩金', 'pk10', '电子游艺', '真人娱乐',
  ].join('|'),
  'giu',
);

/** Whether `simplified` (a word or a short item, in its Simplified form) holds a grey-market root. */
export function isGreyWord(simplified: string): boolean {
  return GREY.test(simplified) || OFFERS.test(simplified);
}
