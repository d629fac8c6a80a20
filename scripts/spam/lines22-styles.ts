/**
 * The page's own lines pasted into the story (issue 12, session 22): the classes QA21 found at 0–39%
 * or only marked — a reader's comment row (a handle, a colon, a short remark to the story, often
 * with its likes, its time or the poster's place), a pager, a tag line, an image note or picture
 * credit, a horoscope line, a machine-translation notice.
 *
 * Each is written by its nature, from parts, so the wordings are many: a comment row is a handle
 * (网友/用户/楼主 or a bare nickname, an @, a floor number) + a colon + one short remark about the
 * story or to the writer (praise, a question, agreement) + maybe the platform's marks; a pager is page
 * links (numbers, 上一页/下一页, 首页/尾页, 共N页, a jump box); an image note talks about the picture to
 * the reader (source, 仅供参考, 与本文无关, 点击看大图); a horoscope line is a sign or a zodiac animal
 * with its luck, lucky colour or number, 宜/忌; a translation notice says the text was machine-made.
 *
 * Places, QA21's: `own` paragraph; `between` two of the writer's sentences; `end` after a
 * paragraph's last stop; `glued` after a writer's comma with no mark of its own, the writer's clause
 * going on; `comma` after a writer's comma or stop, closed with a comma of its own; `quote` just
 * inside a quotation of the writer's. The page's variant picks the place. A quarter of the pages are
 * Traditional (article and pasted line alike).
 *
 * `lookalike` is the writer's own text of the same shapes, in the same places: a netizen's comment
 * reported (有网友留言：“…”, 网友评论称…), a page number cited, a caption the writer wrote, a story
 * about horoscopes or translation, 下一页 in a narrative, 标签 as a metaphor. No truth: must stay.
 *
 * Two vocabularies written apart before any finder changed and frozen then: `dev` to build on,
 * `heldout` only measured (its nicknames, remarks, labels, separators and fields are none of dev's).
 * None of these strings is from QA's pages. `npx tsx scripts/spam/bench-lines.ts --generator=lines22`.
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article, InjectedPage, Split } from './inject';

export const LINES22_STYLES = ['comment', 'pager', 'tags', 'imgnote', 'horoscope', 'mtnotice', 'lookalike'] as const;
export type Lines22Style = (typeof LINES22_STYLES)[number];
export const LINES22_PLACES = ['own', 'between', 'end', 'glued', 'comma', 'quote'] as const;
export type Lines22Place = (typeof LINES22_PLACES)[number];
const FAMILY: SpamFamily = 'seo';

type Pick = <T>(items: readonly T[]) => T;
type Int = (lo: number, hi: number) => number;
type Maker = (p: Pick, n: Int) => string;

interface Vocabulary {
  /** A commenter: a label and a nickname, or a nickname alone. */
  nicknames: string[];
  labels: string[];
  remarks: string[];
  /** The platform's marks after a remark. */
  tails: Maker[];
  /** How a handle is written around its nickname. */
  handles: ((label: string, name: string, p: Pick, n: Int) => string)[];
  colons: string[];
  rowJoints: string[];
  words: string[];
  signs: string[];
  makers: Record<Exclude<Lines22Style, 'lookalike' | 'comment'>, Maker[]>;
  real: string[];
}

const DEV: Vocabulary = {
  nicknames: ['小鱼儿爱吃鱼', '阳光男孩', '追梦人2019', '风中的叶子', '开心果', '大白兔', 'Tom_88', '路过的猫'],
  labels: ['网友', '用户', '楼主', ''],
  remarks: ['说得太好了', '支持一下！', '这个怎么报名啊？', '学到了', '顶', '求后续', '已转发', '写得不错，收藏了', '有道理', '小编辛苦了'],
  tails: [(p, n) => `👍 ${n(2, 99)}`, (p, n) => `赞(${n(2, 99)})`, (p, n) => `${n(1, 23)}小时前`, () => '回复', (p, n) => `${n(2, 59)}分钟前 回复`],
  handles: [(l, name) => `${l}${name}`, (l, name) => `${l}“${name}”`, (l, name, p, n) => `${n(2, 30)}楼 ${name}`, (l, name) => `@${name}`],
  colons: ['：', ':', '：'],
  rowJoints: [' ', '　'],
  words: ['教育', '民生', '就业', '城市', '消费', '健康', '交通安全', '社会'],
  signs: ['白羊座', '金牛座', '狮子座', '天蝎座', '水瓶座', '属马', '属羊'],
  makers: {
    pager: [
      () => '第1页 第2页 第3页 下一页',
      (p, n) => `上一页 1 2 3 … ${n(8, 20)} 下一页`,
      (p, n) => `共${n(3, 9)}页 当前第1页`,
      () => '首页 上一页 下一页 尾页',
      (p, n) => `上一页\u30001\u30002\u30003\u3000下一页\u3000共${n(3, 9)}页`,
      () => '下一页 >',
    ],
    tags: [
      (p) => `标签：${p(DEV.words)} ${p(DEV.words)} ${p(DEV.words)}`,
      (p) => `关键词：${p(DEV.words)}、${p(DEV.words)}、${p(DEV.words)}`,
      (p) => `#${p(DEV.words)} #${p(DEV.words)}`,
      (p) => `文章标签：${p(DEV.words)}｜${p(DEV.words)}`,
    ],
    imgnote: [
      () => '（图片来源于网络，侵删）',
      () => '▲资料图',
      () => '图片仅供参考',
      () => '（配图与本文无关）',
      () => '图源：网络',
      () => '（点击图片查看大图）',
    ],
    horoscope: [
      (p, n) => `今日运势：${p(DEV.signs)} ${'★'.repeat(n(2, 5))}${'☆'.repeat(1)} 幸运色：${p(['红色', '绿色', '紫色'])}`,
      (p) => `【星座】${p(DEV.signs)}今天财运不错，宜理财`,
      (p, n) => `幸运数字：${n(1, 9)} 幸运颜色：${p(['蓝色', '白色', '橙色'])}`,
      (p) => `${p(DEV.signs)}今日运势：工作顺利，感情平稳`,
    ],
    mtnotice: [
      () => '（本文由机器翻译，仅供参考）',
      () => '以下内容为机器翻译，如有出入以原文为准',
      () => '【机翻】',
      () => '翻译：AI 校对：暂无',
      () => '本文为机器翻译稿',
    ],
  },
  real: [
    '有网友留言：“希望早点通车。”',
    '网友“小鱼”在评论中写道，这样的安排很贴心。',
    '不少网友评论称，这一做法值得推广。',
    '报告第12页列出了具体数据。',
    '图为工人正在铺设管道。',
    '星座运势类应用近年来吸引了大量年轻用户。',
    '这部小说先由机器翻译初稿，再由译者逐句修改。',
    '他翻到下一页，继续念了下去。',
    '给孩子贴上“差生”的标签并不可取。',
    '网友王女士：“排了一上午的队。”',
  ],
};

const HELDOUT: Vocabulary = {
  nicknames: ['蓝色海洋', '一只快乐的猪', '静待花开', '老王在路上', 'momo酱', '山外青山', '用户5820173', '清风徐来', 'xiaoyu_2020'],
  labels: ['读者', '热心网友', '游客', '匿名用户', '网友'],
  remarks: ['写得真好', '赞一个', '有没有人知道在哪里买？', '马克一下', '沙发', '同意楼上', '讲得很透彻', '期待更新', '太真实了哈哈', '这个必须点赞', '楼主说的对'],
  tails: [(p, n) => `❤️ ${n(10, 999)}`, (p, n) => `${n(1, 9)}天前 IP属地：${p(['浙江', '广东', '四川'])}`, (p, n) => `点赞 ${n(3, 99)}`, () => '举报', (p, n) => `12-0${n(1, 9)} ${n(10, 23)}:${n(10, 59)}`, () => '刚刚'],
  handles: [(l, name) => `${l}${name}`, (l, name) => `${l}「${name}」`, (l, name, p, n) => `#${n(2, 60)} ${name}`, (l, name) => `${name}（${l || '网友'}）`, (l, name, p, n) => `${n(2, 40)}F ${name}`],
  colons: ['：', '：', ': '],
  rowJoints: [' ', ' | ', '　'],
  words: ['交通', '医保', '科技', '旅游', '养老', '住房', '食品安全', '乡村'],
  signs: ['双子座', '巨蟹座', '处女座', '天秤座', '摩羯座', '属龙', '属虎'],
  makers: {
    pager: [
      (p, n) => `« 1 2 3 4 5 … ${n(9, 30)} 尾页 »`,
      (p, n) => `第2页/共${n(3, 9)}页 上一页 下一页`,
      () => '跳转至 页 GO',
      () => '1 | 2 | 3 | 下一頁 ›',
      (p, n) => `‹ 上页 ${n(1, 3)}/${n(4, 9)} 下页 ›`,
      () => '首页 | 前一页 | 后一页 | 末页',
      (p, n) => `本文共${n(2, 6)}页，点击进入下一页`,
    ],
    tags: [
      (p) => `本文标签 ${p(HELDOUT.words)} / ${p(HELDOUT.words)}`,
      (p) => `话题 · ${p(HELDOUT.words)} · ${p(HELDOUT.words)} · ${p(HELDOUT.words)}`,
      (p) => `TAG：${p(HELDOUT.words)} ${p(HELDOUT.words)}`,
      (p) => `相关话题：#${p(HELDOUT.words)}# #${p(HELDOUT.words)}#`,
      (p) => `分类：${p(HELDOUT.words)} > ${p(HELDOUT.words)}`,
      (p) => `标签云：${p(HELDOUT.words)}，${p(HELDOUT.words)}，${p(HELDOUT.words)}`,
    ],
    imgnote: [
      () => '△ 图文无关',
      () => '（示意图，非当事人）',
      () => '图片来自：网络 如有侵权请联系删除',
      () => '【本图来自网友拍摄】',
      () => '↑ 点击图片查看原图',
      () => '（图片为AI生成）',
      () => '(网图，侵删)',
      () => '▼图片由受访者提供，请勿转载',
    ],
    horoscope: [
      (p, n) => `${p(HELDOUT.signs)} 综合运势 ${n(2, 5)}星 速配星座：${p(['天秤座', '射手座'])}`,
      () => '今日宜：出行、纳财 忌：动土',
      (p) => `本周${p(HELDOUT.signs)}桃花运旺，注意控制情绪`,
      (p) => `生肖运势｜${p(HELDOUT.signs)}的人今天贵人运佳`,
      (p, n) => `【每日星运】${p(HELDOUT.signs)} 爱情${n(60, 99)}% 财运${n(40, 99)}%`,
      (p) => `老黄历：今日冲${p(['鼠', '兔', '鸡'])} 宜祭祀 忌开业`,
    ],
    mtnotice: [
      () => '本文经AI自动翻译，译文可能存在错误',
      () => '(Google 翻译)',
      () => '此内容由翻译软件生成，仅供参考',
      () => '自动翻译 · 查看原文',
      () => '译文由机器生成 点击显示原文',
      () => '[机器翻译，未经人工校对]',
    ],
  },
  real: [
    '一位网友在帖子下回复：“我家附近也是这样。”',
    '对此，有用户评论说，价格还是偏高。',
    '该书第35页记载了这段往事。',
    '上图为改造后的街道。',
    '专家提醒，不要盲目相信所谓的“今日运势”。',
    '这份说明书显然是机器翻译的，错别字不少。',
    '网民@阿强 发帖称，自己等了两个小时。',
    '在翻译软件的帮助下，老人读懂了孙女的来信。',
    '文件共有三页，第一页是目录。',
    '读者张先生来信说：“这条路早该修了。”',
  ],
};

const VOCABULARY: Record<Split, Vocabulary> = { dev: DEV, heldout: HELDOUT };

/** One to three comment rows: handle, colon, remark, maybe the platform's marks. */
function commentRows(v: Vocabulary, p: Pick, n: Int): string {
  const rows: string[] = [];
  const count = p([1, 1, 2, 3]);
  const used = new Set<string>();
  for (let r = 0; r < count; r++) {
    let name = p(v.nicknames);
    while (used.has(name)) name = p(v.nicknames);
    used.add(name);
    const handle = p(v.handles)(p(v.labels), name, p, n);
    const tail = p([true, false]) ? ` ${p(v.tails)(p, n)}` : '';
    rows.push(`${handle}${p(v.colons)}${p(v.remarks)}${tail}`);
  }
  return rows.join(p(v.rowJoints));
}

/** The paragraph offsets where a line may go in each glued place. */
function placesIn(text: string): Record<Exclude<Lines22Place, 'own'>, number[]> {
  const after = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i > 6 && i < text.length - 6);
  const quotes = after(/[“「]/gu);
  const commas = after(/，(?=\p{Script=Han})/gu).filter((i) => !quotes.some((q) => q < i && text.indexOf(text.charAt(q - 1) === '「' ? '」' : '”', q) > i));
  return {
    between: after(/[。！？](?![”」])/gu),
    end: [text.length],
    glued: commas,
    comma: [...commas, ...after(/[。！？](?![”」])/gu)],
    quote: quotes,
  };
}

/** One page: `article` with one or two lines of `style` in the variant's place (`lookalike`: real text, no truth). */
export function lines22Page(article: Article, style: Lines22Style, split: Split, random: () => number, variant: number, toTraditional: (text: string) => string): InjectedPage {
  const v = VOCABULARY[split];
  const pick: Pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int: Int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const place = LINES22_PLACES[variant % LINES22_PLACES.length] as Lines22Place;
  const real = style === 'lookalike';
  const script = random() < 0.25 ? toTraditional : (text: string) => text;
  const paragraphs: string[] = [...article.paragraphs];
  const truth: [number, number, SpamFamily][][] = paragraphs.map(() => []);
  const count = 1 + Math.floor(random() * 2);
  for (let k = 0; k < count; k++) {
    const made = real ? pick(v.real) : style === 'comment' ? commentRows(v, pick, int) : pick(v.makers[style])(pick, int);
    const p = Math.floor(random() * paragraphs.length);
    const text = paragraphs[p] ?? '';
    if (place === 'own') {
      const at = Math.min(paragraphs.length - 1, p + 1) || (paragraphs.length > 1 ? 1 : 0);
      paragraphs.splice(at, 0, made);
      truth.splice(at, 0, real ? [] : [[0, made.length, FAMILY]]);
      continue;
    }
    // A second line goes into the writer's text, never inside or against the first (its quotes and commas are no places).
    const free = (i: number): boolean => !(truth[p] ?? []).some(([s, e]) => i >= s && i <= e);
    const spots = Object.fromEntries(Object.entries(placesIn(text)).map(([k, at]) => [k, at.filter(free)])) as ReturnType<typeof placesIn>;
    // A place the paragraph lacks falls back to a comma of the writer's, else its end.
    const where = spots[place].length ? place : spots.glued.length ? 'glued' : 'end';
    const at = where === 'end' || !spots[where].length ? text.length : pick(spots[where]);
    // Closed with a comma of its own where the place says so; the writer's look-alike is a sentence of its own.
    const line = where === 'comma' && !real ? `${made}，` : made;
    const moved = (truth[p] ?? []).map(([s, e, f]): [number, number, SpamFamily] => (s >= at ? [s + line.length, e + line.length, f] : [s, e, f]));
    truth[p] = [...moved, ...(real ? [] : [[at, at + line.length, FAMILY] as [number, number, SpamFamily]])].sort((a, b) => a[0] - b[0]);
    paragraphs[p] = text.slice(0, at) + line + text.slice(at);
  }
  return {
    title: script(article.title),
    paragraphs: paragraphs.map(script),
    truth,
    styles: truth.map((spans) => spans.map(() => style)),
    links: paragraphs.map(() => []),
    families: truth.some((s) => s.length) ? [FAMILY] : [],
  };
}
