/**
 * The headline-repeat guard pool (tests/fixtures/headline-repeat-guard-texts.ts: clean stories whose
 * writers say their headline's phrases again in the body) through the whole pipeline, in Simplified
 * and in Traditional (brackets and quotation marks as a Taiwan or Hong Kong page prints them). Every
 * character hidden is a real one lost; each is printed with the path that hid it (its reason), and
 * marked characters are counted. Dev pages are the even indexes, held-out the odd ones.
 * `--pool=fresh`: the second pool (tests/fixtures/headline-repeat-fresh-texts.ts), written after the
 * finders changed and never tuned on; its pages are all `fresh`. `--pool=slots`: session 29's pool
 * (tests/fixtures/headline-repeat-slot-texts.ts: repeats in the slots a farm pastes into), frozen
 * before the occurrence features; its pages are all `slots`.
 *
 *   npx tsx scripts/spam/scan-headline-repeats.ts [--pool=fresh|slots] [--split=dev|heldout] [--show-marks]
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { HEADLINE_REPEAT_FRESH_PAGES } from '../../tests/fixtures/headline-repeat-fresh-texts';
import { HEADLINE_REPEAT_GUARD_PAGES } from '../../tests/fixtures/headline-repeat-guard-texts';
import { HEADLINE_REPEAT_SLOT_PAGES } from '../../tests/fixtures/headline-repeat-slot-texts';
import { createNodeSpamTools } from './node-tools';
import { isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const onlySplit = args.find((a) => a.startsWith('--split='))?.split('=')[1];
const showMarks = args.includes('--show-marks');
const pool = args.find((a) => a.startsWith('--pool='))?.split('=')[1];
const fresh = pool === 'fresh' || pool === 'slots';
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
/** A Traditional page quotes with 「」 and 『』 where a Simplified one uses “” and ‘’. */
const traditionalPage = (page: readonly string[]): string[] => page.map((line) => toTraditional(line).replace(/“/gu, '「').replace(/”/gu, '」').replace(/‘/gu, '『').replace(/’/gu, '』'));

const rows = new Map<string, { pages: number; chars: number; hidden: number; marked: number }>();
const byReason = new Map<string, number>();
(pool === 'slots' ? HEADLINE_REPEAT_SLOT_PAGES : fresh ? HEADLINE_REPEAT_FRESH_PAGES : HEADLINE_REPEAT_GUARD_PAGES).forEach((page, index) => {
  const split = pool === 'slots' ? 'slots' : fresh ? 'fresh' : index % 2 === 0 ? 'dev' : 'heldout';
  if (onlySplit && split !== onlySplit) return;
  for (const [script, lines] of [['S', [...page]], ['T', traditionalPage(page)]] as const) {
    const [headline = '', ...paragraphs] = lines;
    const key = `${split} ${script}`;
    const row = rows.get(key) ?? { pages: 0, chars: 0, hidden: 0, marked: 0 };
    row.pages++;
    row.chars += paragraphs.join('').length;
    spansOf(analyzeSpam(headline, paragraphs, tools)).forEach((spans, p) => {
      const text = paragraphs[p] ?? '';
      for (const s of spans) {
        const n = s.end - s.start;
        const shown = `${text.slice(Math.max(0, s.start - 12), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 12)}`;
        if (isSuspect(s)) {
          row.marked += n;
          if (showMarks) console.log(`  marked ${s.family} ${key} page ${index} (${headline}): ${shown} — ${s.reason}`);
          continue;
        }
        row.hidden += n;
        byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + n);
        console.log(`  HIDDEN ${s.family} ${key} page ${index} (${headline}): ${shown} — ${s.reason} (${s.confidence.toFixed(3)})`);
      }
    });
    rows.set(key, row);
  }
});
for (const [key, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${key.padEnd(10)} ${r.pages} pages, ${r.chars} chars: hidden ${r.hidden}, marked ${r.marked}`);
for (const [reason, n] of byReason) console.log(`  hidden by "${reason}": ${n}`);
