/**
 * Why a piece pasted inside a quotation is lost (s32-quotes, dev only): each piece of
 * ./places30-styles.ts's quote place on the dev split, read by the whole pipeline in place and standing
 * alone below its host paragraph (as ./trace-places30.ts). For each piece the finder that hides it
 * alone is named and, where it is not hidden in place, the reason by structure:
 * - `not speech`: the quotation around it is no one's speech to ./quoted-speech.ts (no verb of saying
 *   or colon before it: a title, a name, a slogan the writer cites), so no finder reads inside it;
 * - `own quotes`: the piece carries quotation marks of its own (关注公众号“X”), which break the quotation;
 * - `glued left`: a Han character of the speaker's right before a Han character of the piece;
 * - `glued right`: the piece runs on into the speaker's next words with no mark;
 * - `read, lost`: none of these: read in speech and still not hidden.
 * Output: finder × reason × pieces (characters).
 *
 *   npx tsx scripts/spam/trace-quotes32.ts [--every=2] [--show=40]
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { quotationsOf } from '../../src/spam/quoted-speech';
import type { SpamSpan } from '../../src/spam/types';
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';
import { quotingArticles } from './places25-styles';
import { PLACES30_PLACES, PLACES30_SEEDS, PLACES30_STYLES, places30Page } from './places30-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const every = Number(option('every') ?? 1);
const show = Number(option('show') ?? 0);
const seed = PLACES30_SEEDS.dev;
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const all = quotingArticles(loadCorpus().filter((doc) => splitOf(doc.url) === 'dev'));
const articles = all.map((article, index) => ({ article, index })).filter(({ index }) => index % every === 0);
const place = 'quote' as const;
const isHan = (ch: string): boolean => /\p{Script=Han}/u.test(ch);

const cover = (spans: readonly SpamSpan[], a: number, b: number, tier: 'hidden' | 'suspect'): SpamSpan[] => spans.filter((s) => (s.tier ?? 'hidden') === tier && Math.min(b, s.end) > Math.max(a, s.start));
const chars = (spans: readonly SpamSpan[], a: number, b: number): number => spans.reduce((n, s) => n + Math.max(0, Math.min(b, s.end) - Math.max(a, s.start)), 0);
const finderOf = (s: SpamSpan): string => `${s.family}:${s.reason.slice(0, 30)}`;

const table = new Map<string, { pieces: number; chars: number; hidden: number; marked: number }>();
const add = (key: string, n: number, hidden: boolean, marked: boolean): void => {
  const row = table.get(key) ?? { pieces: 0, chars: 0, hidden: 0, marked: 0 };
  table.set(key, row);
  row.pieces++;
  row.chars += n;
  if (hidden) row.hidden++;
  else if (marked) row.marked++;
};
const examples: string[] = [];
let pieces = 0;
for (const style of PLACES30_STYLES.filter((s) => s !== 'cited-lookalike')) {
  for (const { article, index } of articles) {
    const random = createRandom(seed * 1000000 + index * 1000 + PLACES30_STYLES.indexOf(style) * 10 + PLACES30_PLACES.indexOf(place));
    const page = places30Page(article, style, place, 'dev', random, toTraditional);
    const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools));
    page.truth.forEach((spans, p) => {
      for (const [a, b] of spans) {
        pieces++;
        const text = page.paragraphs[p] ?? '';
        const piece = text.slice(a, b).replace(/[，,。]$/u, '');
        const alone = [...page.paragraphs.slice(0, p), text.slice(0, a) + text.slice(b), piece, ...page.paragraphs.slice(p + 1)];
        const foundAlone = spansOf(analyzeSpam(page.title, alone, tools))[p + 1] ?? [];
        const aloneSpans = cover(foundAlone, 0, piece.length, 'hidden');
        const finder = chars(aloneSpans, 0, piece.length) * 2 >= piece.length ? finderOf(aloneSpans.reduce((x, y) => (y.end - y.start > x.end - x.start ? y : x))) : '(none alone)';
        const hidden = chars(cover(found[p] ?? [], a, b, 'hidden'), a, b) * 2 >= b - a;
        const marked = cover(found[p] ?? [], a, b, 'suspect').length > 0;
        const speech = quotationsOf(text).some((q) => q.start <= a && b <= q.end);
        const reason = hidden
          ? 'hidden'
          : /[“”「」]/u.test(piece)
            ? 'own quotes'
            : !speech
              ? 'not speech'
              : isHan(text.charAt(a - 1)) && isHan(text.charAt(a))
                ? 'glued left'
                : isHan(text.charAt(b)) && isHan(text.charAt(b - 1))
                  ? 'glued right'
                  : 'read, lost';
        add(`${finder.padEnd(36)} ${reason}`, b - a, hidden, marked);
        add(`${'(all)'.padEnd(36)} ${reason}`, b - a, hidden, marked);
        if (!hidden && finder !== '(none alone)' && examples.length < show) examples.push(`${style} ${reason} ${finder}: …${text.slice(Math.max(0, a - 14), a)}[${text.slice(a, b)}]${text.slice(b, b + 10)}…`);
      }
    });
  }
}
console.log(`quote place, dev, ${articles.length} of ${all.length} articles: ${pieces} pieces`);
console.log('finder alone (hides ≥ half of it alone)      reason: pieces (chars), of them marked in place');
for (const [key, row] of [...table].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`  ${key.padEnd(50)} ${String(row.pieces).padStart(4)} (${String(row.chars).padStart(5)})  marked ${row.marked}`);
for (const e of examples) console.log(`    ${e}`);
