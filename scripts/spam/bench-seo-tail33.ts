/**
 * Session 33 (issue 12; the lead's review of session 32's JUNK_AFTER in src/spam/find-seo.ts, which had evidence on
 * bench:spam's dev pages only): a betting platform's name glued after a paragraph's last sentence with other junk after
 * it to the end (…的监督。大发娱乐d~a|f#a.c¤m), and the clean look-alike — a reporter's paragraph ending on a media or
 * lottery name with its address or channel (…。新浪体育 sports.sina.com.cn). Written and committed (frozen) before the
 * rule was looked at again: its brands, junk kinds and seed are its own (not bench:spam's dev or held-out pools, not
 * session 32's), its articles the held-out split's.
 *
 *   npx tsx scripts/spam/bench-seo-tail33.ts [--set=a|b] [--show=N]
 *
 * Runs the page's mechanical finders (the stage find-seo.ts is in) and counts, per junk kind, the name's characters
 * hidden / hidden or marked (the junk after it is other finders' business: counted apart); on the look-alike pages,
 * the writer's characters hidden / marked.
 */
import { mechanicalFinders } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { loadCorpus, splitOf } from './corpus';
import { createNodeSpamTools } from './node-tools';
import { createRandom } from './inject';

/**
 * Set a (frozen first, dac2ce2) showed session 32's rule hiding look-alikes (156 of 770 chars); set b (written and
 * committed before the rule was narrowed, never run before) has its own seed, brands, junk symbols and look-alike tails.
 */
const SET = process.argv.find((a) => a.startsWith('--set='))?.split('=')[1] === 'b' ? 'b' : 'a';
const SEED = SET === 'a' ? 3301 : 3302;
/** Brands none of bench:spam's pools or session 32's probe use. */
const BRANDS =
  SET === 'a' ? ['大发', '利来', '澳博', '宝盈', '亿博', '金博', '富贵', '乐天', 'bet', 'AG', 'vip', 'KY'] : ['华盛', '皇家', '鼎盛', '明升', '凤凰', '百胜', 'bwin', 'MG', 'PT', 'ob'];
/** The genres find-seo.ts reads (a name without one is not this class). */
const GENRES = ['体育', '娱乐', '彩票', '棋牌', '电竞', '真人', '博彩', '捕鱼'];
const SYLLABLES = SET === 'a' ? ['da', 'fa', 'li', 'lai', 'bo', 'jin', 'yi', 'fu', 'gui', 'le'] : ['hua', 'sheng', 'huang', 'ding', 'ming', 'bai', 'feng'];
const JUNK_SYMBOLS = SET === 'a' ? ['~', '|', '#', '¤', '^', '*', '`', '\\', '@', '%', '&', '¢', '′', '·'] : ['+', '!', '$', '=', '¦', '§', '°', '÷', '×', '¥', '€', '£', '<', '>'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

type Junk = 'disguised-address' | 'symbol-run' | 'plain-address' | 'spaced-jammer' | 'ornaments' | 'digit-address' | 'fullwidth-address';
const JUNKS: readonly Junk[] = ['disguised-address', 'symbol-run', 'plain-address', 'spaced-jammer', 'ornaments', 'digit-address', 'fullwidth-address'];

/** A reporter's paragraph may end on a media or lottery channel's name with its address or channel. */
const CLEAN_NAMES =
  SET === 'a'
    ? ['新浪体育', '腾讯体育', '央视体育', '咪咕体育', '新华体育', '网易娱乐', '搜狐娱乐', '福利彩票', '体育彩票', '凤凰体育']
    : ['五星体育', '北京体育', '广东体育', '爱奇艺体育', '优酷体育', '中国体彩', '中国福彩', '湖南娱乐', '东方娱乐', '人民电竞'];
const CLEAN_TAILS =
  SET === 'a'
    ? [' sports.sina.com.cn', '（sports.qq.com）', ' CCTV-5', ' www.cwl.gov.cn', '(www.lottery.gov.cn)', ' APP', ' NBA', ' http://sports.news.cn', '/Reuters', ' — AFP', '：ent.163.com', '@Weibo']
    : [' | sports.cctv.com', ' (China Daily)', ' www.sport.gov.cn', '（CNTV）', ' ESPN', ' – Xinhua', ' https://www.zhcw.com/', ' CBA', ' HD', '（www.sporttery.cn）', ' /AP Photo', ' e-sports'];

function main(): Promise<void> {
  return run();
}

async function run(): Promise<void> {
  const show = Number(process.argv.find((a) => a.startsWith('--show='))?.split('=')[1] ?? 0);
  const random = createRandom(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (a: number, b: number): number => a + Math.floor(random() * (b - a + 1));
  const fullWidth = (s: string): string => [...s].map((ch) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
  const address = (): string => `${pick(SYLLABLES)}${pick(SYLLABLES)}${between(0, 1) ? String(between(10, 999)) : ''}.${pick(['com', 'net', 'cc', 'vip'])}`;
  const junk = (kind: Junk): string => {
    switch (kind) {
      case 'disguised-address':
        return [...`www.${address()}`].map((ch) => ch + (random() < 0.6 ? pick(JUNK_SYMBOLS) : '')).join('');
      case 'symbol-run':
        return Array.from({ length: between(5, 10) }, () => (random() < 0.5 ? pick([...LETTERS]) : pick(JUNK_SYMBOLS))).join('');
      case 'plain-address':
        return (random() < 0.5 ? ' ' : '') + `www.${address()}`;
      case 'spaced-jammer':
        return ' ' + Array.from({ length: between(3, 6) }, () => pick([...LETTERS]) + pick(JUNK_SYMBOLS)).join(' ');
      case 'ornaments':
        return Array.from({ length: between(5, 8) }, () => pick(['★', '☆', '◆', '◇', '♠', '♣', '♥'])).join('');
      case 'digit-address':
        return `${between(100, 999)}${pick(SYLLABLES)}.com`;
      case 'fullwidth-address':
        return fullWidth(`www.${address()}`);
    }
  };

  const tools = await createNodeSpamTools();
  const docs = loadCorpus().filter((d) => splitOf(d.url) === 'heldout' && d.paragraphs.some((p) => /[。！？]$/u.test(p)));
  const tally = new Map<Junk, { name: number; nameHidden: number; nameMarked: number; junk: number; junkHidden: number }>();
  let clean = 0;
  let cleanHidden = 0;
  let cleanMarked = 0;
  let writerHidden = 0;
  const lines: string[] = [];
  const hiddenAt = (spans: SpamSpan[], k: number): 'H' | 'M' | null =>
    spans.some((s) => s.tier === 'hidden' && s.start <= k && k < s.end) ? 'H' : spans.some((s) => s.start <= k && k < s.end) ? 'M' : null;

  for (const doc of docs) {
    const ends = doc.paragraphs.map((t, p) => (/[。！？]$/u.test(t) ? p : -1)).filter((p) => p >= 0);
    // One farm page and one look-alike page from each article.
    for (const farm of [true, false]) {
      const paragraphs = [...doc.paragraphs];
      const p = pick(ends);
      const host = paragraphs[p] ?? '';
      const kind = pick(JUNKS);
      const name = farm ? pick(BRANDS) + pick(GENRES) + (random() < 0.2 ? 'app' : '') : pick(CLEAN_NAMES);
      const tail = farm ? junk(kind) : pick(CLEAN_TAILS);
      paragraphs[p] = host + name + tail;
      const finders = mechanicalFinders(tools, [], paragraphs, doc.title);
      paragraphs.forEach((text, q) => {
        const spans = finders.flatMap(([, find]) => find(text));
        const from = q === p ? host.length : text.length;
        for (let k = 0; k < from; k++) if (hiddenAt(spans, k) === 'H') writerHidden++;
        if (q !== p) return;
        const nameEnd = host.length + name.length;
        if (farm) {
          const t = tally.get(kind) ?? { name: 0, nameHidden: 0, nameMarked: 0, junk: 0, junkHidden: 0 };
          for (let k = host.length; k < text.length; k++) {
            const tier = hiddenAt(spans, k);
            if (k < nameEnd) {
              t.name++;
              if (tier === 'H') t.nameHidden++;
              if (tier) t.nameMarked++;
            } else {
              t.junk++;
              if (tier === 'H') t.junkHidden++;
            }
          }
          tally.set(kind, t);
        } else {
          for (let k = host.length; k < text.length; k++) {
            const tier = hiddenAt(spans, k);
            clean++;
            if (tier === 'H') cleanHidden++;
            if (tier === 'M') cleanMarked++;
          }
        }
        const marks = spans.filter((s) => s.end > host.length - 4).map((s) => `[${s.tier === 'hidden' ? 'H' : 'M'}:${text.slice(s.start, s.end)}]`);
        if (lines.length < show) lines.push(`  ${farm ? kind : 'look-alike'}: …${host.slice(-8)}⟦${name}${tail}⟧ → ${marks.join(' ') || '(nothing)'}`);
      });
    }
  }
  console.log(`bench-seo-tail33 set ${SET} — held-out articles: ${docs.length} farm pages, ${docs.length} look-alike pages (seed ${SEED})`);
  let name = 0;
  let nameHidden = 0;
  let nameMarked = 0;
  for (const kind of JUNKS) {
    const t = tally.get(kind) ?? { name: 0, nameHidden: 0, nameMarked: 0, junk: 0, junkHidden: 0 };
    name += t.name;
    nameHidden += t.nameHidden;
    nameMarked += t.nameMarked;
    console.log(
      `  ${kind.padEnd(18)} name ${String(t.name).padStart(4)} chars: hidden ${(t.nameHidden / Math.max(1, t.name)).toFixed(4)}, H|M ${(t.nameMarked / Math.max(1, t.name)).toFixed(4)}; junk ${t.junk} chars hidden ${(t.junkHidden / Math.max(1, t.junk)).toFixed(4)}`,
    );
  }
  console.log(`  all junk kinds       name ${name} chars: hidden ${(nameHidden / Math.max(1, name)).toFixed(4)}, H|M ${(nameMarked / Math.max(1, name)).toFixed(4)}`);
  console.log(`  look-alike tails: ${clean} writer's chars, ${cleanHidden} hidden, ${cleanMarked} marked; writer's chars before the paste hidden (all pages): ${writerHidden}`);
  for (const line of lines) console.log(line);
}

await main();
