/**
 * Family "seo", tag lines: a line "关键词：/标签：/Tags:" followed by items, which a farm fills with
 * the grey market's search words (网贷口子 征信修复 百度快排). News pages print tag lines too
 * (关键词：乡村振兴 农业 …), and a story on a crackdown tags its subject (标签：网络赌博 反诈), so the
 * line is hidden, label and separators with it, only when most of its items (two at least) are
 * grey-market words (./grey-words.ts) and no item names the crackdown, the law or a bare topic noun.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { isGreyWord } from './grey-words';
import type { SpamSpan } from './types';

/**
 * The label at a line's start or after a sentence's end, then the items to the paragraph's end.
 * Sites name the line many ways (session 13: QA's pages used labels the first list lacked); the
 * items' grey-market test below is what decides, so the label may be any of the site's words.
 */
const TAG_LINE = new RegExp(
  // A site's word before the label (文章标签, 本文关键词, 热搜标签), the label, 云 after it (标签云).
  `(?<=^|[。！？!?；;］】」”）)]\\s*)(?:文章|本文|本页|相关|热门|热搜|推荐|网站|全站)?(?:关键词|关键字|标签|搜索|话题|TAGS?|Tags?|tags?)云?\\s*[:：]\\s*([^。！？!?\\n]{2,200})$`,
  'u',
);
const ITEM_SEPARATORS = /[\s\u3000，,、|｜/;；]+/u;
/** Items a crackdown or a policy story tags (打击网络赌博, 征信监管), and topic nouns news tags alone. */
const NEWS_ITEM = /打击|整治|治理|监管|防范|诈骗|反诈|公安|警方|法院|判决|立法|条例|保护|风险|央行|专项|案/u;
const TOPIC_NOUN = /^(?:征信|网贷|花呗|借呗|彩票|体育彩票|福利彩票|权重|收录|赌博)$/u;

/** Session 18: a line of nothing but hashtags (#养生 #理财, or a microblog's #话题#). */
const HASHTAGS = /^\s*(?:[#＃][^\s#＃。！？!?，,：:]{1,12}[#＃]?\s*){2,}$/u;
/**
 * Session 20: microblog topics (#话题#, # on both sides, Han inside) glued into the writer's text
 * after a stop, a ；, a comma or a space (QA19: one or two after a paragraph's last full stop, or
 * after a ；with the writer's clause going on: 0 of 5 found); not after a colon, where a writer lists
 * the tags a campaign used. A writer who names a topic does it
 * inside a sentence (话题#城市夜跑#在微博上…, 发起了#…#话题), so a topic right after a character
 * is left, and one in a paragraph that talks of topics and microblogs is only marked.
 */
const GLUED_TOPICS = /(?<=^|[。！？!?；;，,」”）)\s])[#＃][^\s#＃。！？!?，,：:；;]{2,15}[#＃](?:[ \u3000]*[#＃][^\s#＃。！？!?，,：:；;]{2,15}[#＃])*/gu;
const TOPIC = /[#＃]([^#＃]+)[#＃]/gu;
const TOPIC_TALK = /话题|热搜|微博|超话|词条|标签/u;
/** A tag line's items when it stands between the writer's paragraphs: a few short words, no sentence. */
const SHORT_ITEM = /^[^。！？!?，,：:]{1,8}$/u;

/**
 * `last`: whether the text is the article's last paragraph. A news site prints its own tag line after
 * the story; one standing between the writer's paragraphs (session 18, QA17's tag lines of everyday
 * words) may have been pasted there, whatever its words: marked, since a site's tag line with a credit
 * or a sponsor line under it (tests/fixtures/grey-guard-texts.ts) stands there too.
 */
export function findTagLines(text: string, last = true, page = ''): SpamSpan[] {
  const simplified = toSimplifiedForm(text.trimEnd());
  if (HASHTAGS.test(simplified)) {
    return [finderSpan(simplified.length - simplified.trimStart().length, simplified.length, 'seo', true, { hidden: 'A line of hashtags, copied from a social platform.', marked: '' })];
  }
  const topics = /[#＃]/u.test(simplified) ? gluedTopics(simplified, () => toSimplifiedForm(page)) : [];
  if (topics.length) return topics;
  const m = TAG_LINE.exec(simplified);
  if (!m) return [];
  const items = (m[1] ?? '').split(ITEM_SEPARATORS).filter((item) => item.length > 0);
  if (!last && m.index === simplified.length - simplified.trimStart().length && items.length >= 3 && items.every((item) => SHORT_ITEM.test(item))) {
    return [finderSpan(m.index, simplified.length, 'seo', false, { hidden: '', marked: "Possibly a tag line pasted between the writer's paragraphs." })];
  }
  if (items.length < 2 || items.some((item) => NEWS_ITEM.test(item))) return [];
  // Session 21 (QA20: after a paragraph's last stop): a site prints its tag line as a line of its own, and
  // a writer lists in 、 or commas; glued after the writer's sentence, a few short words set apart is the paste's.
  const glued = m.index > simplified.length - simplified.trimStart().length && !/[、，,]/u.test(m[1] ?? '');
  // A last item half again as long as the others has taken the writer's words after it (标签：城市 民生 就业以后…).
  const whole = (items.at(-1)?.length ?? 0) <= 1.5 * Math.max(...items.slice(0, -1).map((item) => item.length));
  if (glued && whole && items.every((item) => SHORT_ITEM.test(item))) {
    return [finderSpan(m.index, simplified.length, 'seo', true, { hidden: "A tag line glued after the writer's sentence, pasted from another page.", marked: '' })];
  }
  const grey = items.filter((item) => isGreyWord(item) && !TOPIC_NOUN.test(item)).length;
  if (grey < 2 || grey * 2 <= items.length) return [];
  return [
    finderSpan(m.index, simplified.length, 'seo', true, {
      hidden: "A tag line of grey-market search words, pasted in for search engines.",
      marked: '',
    }),
  ];
}

/**
 * Topics glued into the writer's text (GLUED_TOPICS). Two or more in a row, or one that nothing
 * follows but punctuation, is a pasted run: hidden. One that opens the writer's clause (；#话题#这家…)
 * is hidden when it is off the page's topic (most of its character pairs nowhere else on `page`), since a
 * writer's topic names the story's subject; on the topic, or where the paragraph talks of topics, marked.
 */
function gluedTopics(text: string, page: () => string): SpamSpan[] {
  const runs = [...text.matchAll(GLUED_TOPICS)];
  if (runs.length === 0) return [];
  const talk = TOPIC_TALK.test(text.replace(GLUED_TOPICS, ''));
  const rest = page().replace(GLUED_TOPICS, '');
  return runs.flatMap((m) => {
    const names = [...m[0].matchAll(TOPIC)].map((t) => t[1] ?? '');
    if (!names.every((name) => /\p{Script=Han}/u.test(name))) return [];
    const end = m.index + m[0].length;
    const glued = /^[\p{Script=Han}A-Za-z0-9“「]/u.test(text.slice(end, end + 1));
    const onTopic = names.some((name) => {
      const pairs = [...name].slice(1).map((ch, i) => `${name.charAt(i)}${ch}`);
      return pairs.filter((pair) => rest.includes(pair)).length * 2 > pairs.length;
    });
    const hide = !talk && (names.length >= 2 || !glued || !onTopic);
    return [
      finderSpan(m.index, end, 'seo', hide, {
        hidden: 'Microblog topics glued into the article, copied from a social platform.',
        marked: 'A microblog topic inside the article: the writer’s, or glued in by the copying site.',
      }),
    ];
  });
}
