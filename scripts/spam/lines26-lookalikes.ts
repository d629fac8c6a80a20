/**
 * Session 26: the writer's own lines that share a surface with a site's line — the three shapes that
 * failed session 25's outsider-line finder in the batch, written by what makes each the writer's, in
 * many wordings, with a dev and a held-out half that share no part (subjects, verbs, emoji, lead-ins,
 * identifiers, section names, separators). Nothing here is pasted: every character must stay visible.
 *
 * - `emoji`: a writer (a forum post, a fan account, a school's notice) who closes clauses of prose with
 *   emoji instead of stops (球队今晚终于赢球了🎉大家都激动坏了👏). What makes it the writer's: each emoji
 *   stands where a stop would, after a clause with a subject and a verb; a site's icon row puts icons
 *   beside two-character slot names.
 * - `code`: code or a formula the writer introduces and quotes (程序是这样写的：while (k > 0) { k -= 2; }):
 *   a lead-in sentence of the writer's, then an expression in round or curly brackets with names and operators.
 * - `linkrow`: the site's live breadcrumb or section row rendered inside the article's root, every section
 *   name a link to the same site (pages carry `links`): the page's own navigation, not copied text.
 *
 * Places as ./lines25-styles.ts: `own` (a paragraph between two of the writer's), `last` (after the
 * story's last paragraph), `tail` (glued after the last stop of a writer's paragraph; `linkrow` takes
 * `own` there, a link row is never glued into prose). A quarter of the pages Traditional.
 *
 *   npx tsx scripts/spam/bench-lines26.ts [--split=dev]       (dev seed 261, held-out 262)
 */
import type { LinkRange, SpamFamily } from '../../src/spam/types';
import type { Article, InjectedPage, Split } from './inject';

export const LINES26_KINDS = ['emoji', 'code', 'linkrow'] as const;
export type Lines26Kind = (typeof LINES26_KINDS)[number];
export const LINES26_PLACES = ['own', 'last', 'tail'] as const;
export const LINES26_SEEDS: Record<Split, number> = { dev: 261, heldout: 262 };

type Pick = <T>(items: readonly T[]) => T;

interface Parts {
  /** Emoji: subjects, verb phrases ending a clause, mood particles, emoji. */
  who: string[];
  did: string[];
  mood: string[];
  emoji: string[];
  /** Code and formulas: the writer's lead-ins to each, and the names they use. */
  lead: string[];
  formulaLead: string[];
  names: string[];
  /** Link rows: section names and separators. */
  sections: string[];
  separators: string[];
}

const PARTS: Record<Split, Parts> = {
  dev: {
    who: ['球队', '全班同学', '我们小区的志愿者', '参赛的孩子们', '老街坊们', '这支年轻的队伍'],
    did: ['今晚终于赢球了', '都激动坏了', '顺利完成了比赛', '把奖杯捧回了家', '忙了整整一个下午', '第一次站上了领奖台'],
    mood: ['', '', '啊', '呀', '哦'],
    emoji: ['🎉', '👏', '🏆', '💪', '😄', '❤️'],
    lead: ['示例程序如下：', '程序是这样写的：', '关键的一行代码是：'],
    formulaLead: ['老师在黑板上写下：', '他给出的公式是', '算法写成'],
    names: ['k', 'total', 'n', 'price', 'count'],
    sections: ['首页', '本地', '社会', '民生', '教育', '财经', '正文'],
    separators: [' > ', ' / ', ' >> '],
  },
  heldout: {
    who: ['合唱团的老人们', '整个村子', '实验室的师生', '舞龙队', '值班的护士们', '这届新生'],
    did: ['捧回了金奖', '都沸腾起来了', '熬了一个通宵', '把节目排练好了', '顺利通过了验收', '迎来了开学第一天'],
    mood: ['', '', '啦', '吧', '呢'],
    emoji: ['🥳', '👍', '🌟', '🔥', '🙌', '😊'],
    lead: ['核心代码摘录如下：', '这段脚本写作：', '循环部分是这么写的：'],
    formulaLead: ['论文里的推导式是', '书中的计算式写成', '她在笔记里记下：'],
    names: ['m', 'sum', 'rate', 'step', 'idx'],
    sections: ['主页', '要闻', '地方', '文化', '体育', '科技', '详情'],
    separators: [' » ', ' ｜ ', ' - '],
  },
};

/** A writer's cheering line: one to three clauses, each closed by an emoji (a particle before some). */
function emojiLine(parts: Parts, pick: Pick, random: () => number): string {
  const clauses = 1 + Math.floor(random() * 3);
  let out = '';
  for (let k = 0; k < clauses; k++) out += `${k === 0 || random() < 0.5 ? pick(parts.who) : ''}${pick(parts.did)}${pick(parts.mood)}${pick(parts.emoji)}${random() < 0.3 ? pick(parts.emoji) : ''}`;
  return out;
}

/** Code or a formula the writer quotes, after the writer's lead-in. */
function codeLine(parts: Parts, pick: Pick, random: () => number): string {
  const a = pick(parts.names);
  const b = pick(parts.names.filter((x) => x !== a));
  const n = 1 + Math.floor(random() * 9);
  const code = [
    () => `for (${a} = 0; ${a} < ${n}; ${a}++) { ${b} += ${a}; }`,
    () => `while (${a} > ${n}) { ${a} -= ${b}; }`,
    () => `if (${a} >= ${n}) { ${b} = ${a} * 2; }`,
  ];
  const formulas = [() => `${b} = (${a} + ${n}) * ${a}`, () => `f(${a}) = (${a} ^ 2 + ${n}) / ${b}`];
  const formula = random() < 0.4;
  return `${pick(formula ? parts.formulaLead : parts.lead)}${pick(formula ? formulas : code)()}${random() < 0.4 ? '。' : ''}`;
}

/** A breadcrumb or section row of three to five sections, each a link to the page's own site. */
function linkRow(parts: Parts, pick: Pick, random: () => number): { text: string; links: LinkRange[] } {
  const count = 3 + Math.floor(random() * 3);
  const names = [...parts.sections].sort(() => random() - 0.5).slice(0, count);
  const separator = pick(parts.separators);
  const links: LinkRange[] = [];
  let text = '';
  names.forEach((name, i) => {
    if (i) text += separator;
    links.push({ start: text.length, end: text.length + name.length, sameSite: true, target: i });
    text += name;
  });
  return { text, links };
}

/** One page: `article` with one or two writer's lines of `kind` in the variant's place; no truth. */
export function lines26Page(article: Article, kind: Lines26Kind, split: Split, random: () => number, variant: number, toTraditional: (text: string) => string): InjectedPage {
  const parts = PARTS[split];
  const pick: Pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let place = LINES26_PLACES[variant % LINES26_PLACES.length] as (typeof LINES26_PLACES)[number];
  if (kind === 'linkrow' && place === 'tail') place = 'own';
  const script = random() < 0.25 ? toTraditional : (text: string) => text;
  const paragraphs: string[] = article.paragraphs.map(script);
  const links: LinkRange[][] = paragraphs.map(() => []);
  const count = 1 + Math.floor(random() * 2);
  for (let k = 0; k < count; k++) {
    const made = kind === 'linkrow' ? linkRow(parts, pick, random) : { text: (kind === 'emoji' ? emojiLine : codeLine)(parts, pick, random), links: [] };
    // Traditional conversion keeps lengths (one character for one), so link offsets stay.
    const line = script(made.text);
    if (place === 'tail') {
      const ends = paragraphs.map((_, i) => i).filter((i) => /[。！？”]$/u.test(paragraphs[i] ?? ''));
      const p = ends.length ? pick(ends) : paragraphs.length - 1;
      paragraphs[p] = `${paragraphs[p] ?? ''}${line}`;
      continue;
    }
    const at = place === 'last' || paragraphs.length < 2 ? paragraphs.length : 1 + Math.floor(random() * (paragraphs.length - 1));
    paragraphs.splice(at, 0, line);
    links.splice(at, 0, made.links);
  }
  const truth: [number, number, SpamFamily][][] = paragraphs.map(() => []);
  return { title: script(article.title), paragraphs, truth, styles: paragraphs.map(() => []), links, families: [] };
}
