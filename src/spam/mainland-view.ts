/**
 * The text every spam stage reads: the Simplified view (src/script/simplified-view.ts), and where
 * the text around reads Traditional, Taiwan's words for the web's things in the mainland's (軟體 →
 * 软件, 網路 → 网络, 點選 → 点击, 登入 → 登录, 影片 → 视频) and 「」『』 as “”‘’. Same length,
 * index for index, so every span found on it is a span of the page.
 *
 * Why a view of its own: the finders' words, the language model and the topic vectors know the
 * mainland's wording, and the Simplified view keeps a Taiwanese page's words as written (软体,
 * 网路, 点选): right for readings and the dictionary (軟體 is read ruǎntǐ), wrong for telling a
 * site's 點選「同意」 or 列印本頁 from the writer's text — a finder that knows 点击“同意” and 打印本页
 * read them as nothing (session 27's regional Traditional bench, scripts/spam/bench-traditional27.ts).
 * A Simplified page reads through unchanged: nothing converts where the text reads Simplified.
 */
import { scriptBalanceAround, toSimplified, toSimplifiedForm } from '../script/simplified-view';

/**
 * Taiwan's word → the mainland's, same length, from OpenCC's Taiwan phrase table (TWPhrases,
 * Apache-2.0; see assets/CREDITS.md), kept where the two name the same thing in every sense a news
 * page uses: the interface's words (software, network, click, print, window, font, settings, log in,
 * link, screen, menu, search, online, default) and a few of daily life. Left out: pairs where the
 * Taiwanese word is also a mainland word of another sense (執行, 程序, 建立, 核心, 互動, 支援, 開啟,
 * 啟用, 外掛, 截圖, 複製: converting them would rewrite the writer's own words).
 */
export const TAIWAN_WORDS: readonly (readonly [string, string])[] = [
  ['軟體', '软件'], ['硬體', '硬件'], ['韌體', '固件'], ['網路', '网络'], ['資訊', '信息'], ['訊息', '消息'],
  ['簡訊', '短信'], ['影片', '视频'], ['視訊會議', '视频会议'], ['視訊通話', '视频通话'], ['登入', '登录'],
  ['登出', '注销'], ['點選', '点击'], ['列印', '打印'], ['印表機', '打印机'], ['視窗', '窗口'], ['字型', '字体'],
  ['設定', '设置'], ['檔案', '文件'], ['資料夾', '文件夹'], ['資料庫', '数据库'], ['連結', '链接'], ['螢幕', '屏幕'],
  ['選單', '菜单'], ['滑鼠', '鼠标'], ['線上', '在线'], ['即時', '实时'], ['搜尋', '搜索'], ['貼上', '粘贴'],
  ['載入', '加载'], ['預設', '默认'], ['預設值', '默认值'], ['伺服器', '服务器'], ['遠端', '远程'], ['裝置', '设备'],
  ['行動電話', '移动电话'], ['行動網路', '移动网络'], ['行動數據', '移动数据'], ['音訊', '音频'], ['頁首', '页眉'],
  ['頁尾', '页脚'], ['傳送', '发送'], ['駭客', '黑客'], ['網咖', '网吧'], ['晶片', '芯片'], ['奈米', '纳米'],
  ['人工智慧', '人工智能'], ['相容', '兼容'], ['價效比', '性价比'], ['專案', '项目'], ['計程車', '出租车'],
  ['腳踏車', '自行车'], ['塑膠', '塑料'], ['憂鬱症', '抑郁症'],
];

/**
 * The project's own pairs: Taiwan's social-media words OpenCC has no entry for, each the same call
 * to the reader as the mainland's (按讚 / 点赞 a like, 追蹤 / 关注 follow, 私訊 / 私信 a private message).
 */
export const OWN_TAIWAN_WORDS: readonly (readonly [string, string])[] = [
  ['按讚', '点赞'], ['追蹤', '关注'], ['私訊', '私信'], ['貼文', '帖子'], ['點閱', '点击'], ['免運', '包邮'],
];

const QUOTES: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** The words by the first character of their Simplified-view form (軟體 is 软体 there), longest first. */
const WORDS = new Map<string, { from: string; to: string }[]>();
for (const [taiwan, mainland] of [...TAIWAN_WORDS, ...OWN_TAIWAN_WORDS]) {
  const from = toSimplifiedForm(taiwan);
  if (from.length !== mainland.length) continue;
  const list = WORDS.get(from.charAt(0)) ?? [];
  list.push({ from, to: mainland });
  WORDS.set(from.charAt(0), list.sort((a, b) => b.from.length - a.from.length));
}

/**
 * `text` as the spam stages read it (see the file's header): same length, index for index.
 * `traditionalPage`: the page around reads Traditional, so a stretch showing neither script (a
 * toolbar's 【字型】【列印】, all characters both scripts write) is read as the page's.
 */
export function mainlandView(text: string, traditionalPage = false): string {
  const view = toSimplified(text);
  if (!traditionalPage && view === text) return view;
  const balance = scriptBalanceAround(text);
  const isTraditionalAt = (i: number): boolean => balance(i) > 0 || (traditionalPage && balance(i) === 0);
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < view.length; ) {
    const c = view.charAt(i);
    const quote = QUOTES[c];
    const word = quote === undefined ? WORDS.get(c)?.find((w) => view.startsWith(w.from, i)) : undefined;
    if ((quote === undefined && !word) || !isTraditionalAt(i)) {
      i++;
      continue;
    }
    out += view.slice(copiedUpTo, i) + (quote ?? word?.to ?? '');
    i += quote === undefined ? (word?.from.length ?? 1) : 1;
    copiedUpTo = i;
  }
  return copiedUpTo === 0 ? view : out + view.slice(copiedUpTo);
}
