/**
 * Chat apps' text codes copied along with a post (session 30, issue 12: QA29 / GATE29 had emoji codes and
 * subtitle timings, never hidden nor marked). Each has a form no writer types in prose:
 * - family "symbol", emoji codes: the name of one of the apps' own stickers in square brackets ([微笑], [捂脸][捂脸],
 *   [doge], [666]) — WeChat's, Weibo's and Douyin's sets, by name, so [图] or [1] is nobody's code — and WeChat's
 *   old keyboard codes (/::) /::D /:8-)). A writer naming one speaks of it (发了个[微笑]的表情, 回了一个[捂脸]):
 *   marked there; a quotation it fills alone is marked too (./quoted-whole.ts, in ./mechanical-finders.ts);
 * - family "jammer", subtitle timings: an SRT or WebVTT cue's timing (00:01:23,456 --> 00:01:25,789, with its
 *   cue number and settings), or lyrics' LRC tags ([02:41.07], [01:05:33]); a bare [mm:ss] is only marked (a
 *   chapter list, a writer's note of a time).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { withClosingComma } from './closing-comma';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** The stickers' names in WeChat's, Weibo's and Douyin's default sets (the apps' vocabulary, not a farm's). */
const STICKERS = new Set(
  (
    '微笑 撇嘴 色 发呆 得意 流泪 害羞 闭嘴 睡 大哭 尴尬 发怒 调皮 呲牙 惊讶 难过 酷 冷汗 抓狂 吐 偷笑 愉快 白眼 傲慢 饥饿 困 惊恐 流汗 憨笑 悠闲 ' +
    '奋斗 咒骂 疑问 嘘 晕 疯了 衰 骷髅 敲打 再见 擦汗 抠鼻 鼓掌 糗大了 坏笑 左哼哼 右哼哼 哈欠 鄙视 委屈 快哭了 阴险 亲亲 吓 可怜 菜刀 西瓜 啤酒 ' +
    '篮球 乒乓 咖啡 饭 猪头 玫瑰 凋谢 嘴唇 爱心 心碎 蛋糕 闪电 炸弹 刀 足球 瓢虫 便便 月亮 太阳 礼物 拥抱 强 弱 握手 胜利 抱拳 勾引 拳头 差劲 ' +
    '爱你 NO OK 爱情 飞吻 跳跳 发抖 怄火 转圈 磕头 回头 跳绳 投降 激动 乱舞 献吻 左太极 右太极 嘿哈 捂脸 奸笑 机智 皱眉 耶 吃瓜 加油 汗 天啊 ' +
    'Emm 社会社会 旺柴 好的 打脸 哇 翻白眼 666 让我看看 叹气 苦涩 裂开 合十 强壮 庆祝 红包 發 福 烟花 爆竹 ' +
    '嘻嘻 哈哈 挖鼻 吃惊 泪 馋嘴 哼 可爱 怒 钱 笑cry doge 喵喵 二哈 悲伤 思考 生病 怒骂 太开心 打哈欠 挤眼 失望 顶 感冒 拜拜 黑线 互粉 心 伤心 ' +
    '熊猫 兔子 作揖 赞 good sad ok 来 威武 鲜花 钟 浮云 飞机 微风 下雨 给力 神马 围观 话筒 奥特曼 草泥马 萌 囧 织 喜 蜡烛 允悲 费解 憧憬 ' +
    '并不简单 跪了 摊手 污 哆啦A梦 比心 送心 笑哭 大笑 灵机一动 看 抱抱你 泣不成声 捂脸哭 憨笑 星星眼 斜眼 酷拽 呆无辜 吐舌 可怜巴巴 ' +
    '小鼓掌 赞赞 我想静静 黑脸 绿帽子 不看 尬笑 吐血 石化 互相伤害 哼哼 666666 awsl doge笑'
  ).split(' '),
);
const STICKER_CODE = /\[([^[\]\s]{1,6})\]/gu;
/** WeChat's old keyboard codes: a slash, colons and a face (/::) /::D /::< /:8-) /:,@P). */
const KEYBOARD_CODE = /\/:(?::[)(DPO<>|$!@~QTLX-]|8-\)|,@[PO!-]|--b|\?|!|B-\))/gu;
/** A writer speaking of a sticker: a count or a verb of sending before it, "expression" after it. */
const NAMED_BEFORE = /(?:个|一个|一串|几个|发了|回了|回复|发送|打了|用了|加了|附上|配上|配了|带着|是|叫|称为)\s?$/u;
const NAMED_AFTER = /^\s?(?:的)?(?:表情|符号|图标|贴纸)/u;

const STICKER_REASONS = { hidden: "A chat app's emoji code ([微笑]), copied with the post into the article.", marked: "Possibly a chat app's emoji code the writer names." };

export function findEmojiCodes(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const codes: [number, number][] = [];
  for (const m of text.matchAll(STICKER_CODE)) if (STICKERS.has(m[1] ?? '') || STICKERS.has((m[1] ?? '').toLowerCase())) codes.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(KEYBOARD_CODE)) codes.push([m.index, m.index + m[0].length]);
  codes.sort((a, b) => a[0] - b[0]);
  const spans: SpamSpan[] = [];
  for (const [start, end] of codes) {
    const last = spans[spans.length - 1];
    // A row of codes ([强][强][强], [憨笑][爱心]) is one paste.
    if (last && start <= last.end + (/^\s$/u.test(text.slice(last.end, start)) ? 1 : 0)) {
      last.end = Math.max(last.end, end);
      continue;
    }
    spans.push(finderSpan(start, end, 'symbol', true, STICKER_REASONS));
  }
  for (const s of spans) s.end = withClosingComma(text, s.start, s.end);
  return spans.map((s) => (NAMED_BEFORE.test(text.slice(Math.max(0, s.start - 4), s.start)) || NAMED_AFTER.test(text.slice(s.end)) ? finderSpan(s.start, s.end, 'symbol', false, STICKER_REASONS) : s));
}

/** An SRT / WebVTT time (00:01:23,456, 01:23.456) and a cue's timing line, its number before and settings after. */
const CUE_TIME = String.raw`(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}`;
const CUE = new RegExp(String.raw`(?:(?<![\d:.,])\d{1,4}\s+)?${CUE_TIME}\s*-->\s*${CUE_TIME}(?:\s+(?:align|position|line|size|vertical|region):[\w%.-]+)*`, 'gu');
/** LRC tags: [mm:ss.xx], [mm:ss:xx], [hh:mm:ss], one or several in a row; bare [mm:ss] apart. */
const LRC = /(?:\[\d{1,2}:\d{2}(?:[.:]\d{2,3})\])+|(?:\[\d{1,2}:\d{2}\])+/gu;
const TIMING_REASONS = { hidden: "A video's subtitle or lyrics timing, copied into the article with the text.", marked: 'Possibly a subtitle or lyrics timing.' };

export function findSubtitleTimings(text: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(CUE)) spans.push(finderSpan(m.index, m.index + m[0].length, 'jammer', true, TIMING_REASONS));
  for (const m of text.matchAll(LRC)) {
    if (spans.some((s) => m.index < s.end && s.start < m.index + m[0].length)) continue;
    // [02:41.07] and [01:05:33] are a player's; a bare [02:41] may be a writer's note of a time in a video.
    spans.push(finderSpan(m.index, m.index + m[0].length, 'jammer', /\[\d{1,2}:\d{2}[.:]\d/u.test(m[0]), TIMING_REASONS));
  }
  for (const s of spans) s.end = withClosingComma(text, s.start, s.end);
  return spans.sort((a, b) => a.start - b.start);
}
