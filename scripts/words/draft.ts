/**
 * Drafts gold paragraphs for hand correction: the pipeline's words and readings in an editable
 * form, with CC-CEDICT's readings beside any word the dictionary reads otherwise. The draft holds
 * corpus text, so it is written outside the project (never commit it); `import.ts` turns the
 * corrected draft into the fixture, which holds no text.
 *
 * Editable form, one paragraph per `@ <article>:<paragraph>` line then one line of words separated
 * by spaces: `新闻网(xin1 wen2 wang3)`, a `~` inside a word where splitting is as right as joining
 * (`发布会~上(fa1 bu4 hui4 shang5)`), readings of its Han characters in order, alternatives as
 * `ji4/ji5`; a word without Han characters is written bare. Lines starting with `?` are hints.
 *
 * Usage: npx tsx scripts/words/draft.ts 17 28:0-5 > /tmp/draft.txt
 */
import { loadCedictHeadwords } from '../pinyin/data';
import { loadCorpus } from './gold';
import { createNodePipeline } from './pipeline';

const HAN = /\p{Script=Han}/u;

function selection(arg: string, corpusSize: (a: number) => number): Array<[number, number]> {
  const [a, range] = arg.split(':');
  const article = Number(a);
  const [from, to] = range ? range.split('-').map(Number) : [0, corpusSize(article) - 1];
  const out: Array<[number, number]> = [];
  for (let p = from!; p <= (to ?? from!); p++) out.push([article, p]);
  return out;
}

async function main(): Promise<void> {
  const corpus = loadCorpus();
  const read = await createNodePipeline();
  const cedict = loadCedictHeadwords();
  for (const arg of process.argv.slice(2)) {
    for (const [a, p] of selection(arg, (n) => corpus[n]!.paragraphs.length)) {
      const text = corpus[a]!.paragraphs[p]!;
      const tokens = read(text);
      const words: string[] = [];
      const hints: string[] = [];
      let at = 0;
      const bare = (end: number): void => {
        // Units no token covers: a run of digits or Latin letters, or one mark, per bare word.
        if (at < end) words.push(...(text.slice(at, end).match(/[0-9A-Za-z]+|./gu) ?? []));
        at = end;
      };
      for (const t of tokens) {
        bare(t.start);
        const word = text.slice(t.start, t.end);
        const readings = t.readings.filter((r) => r);
        words.push(`${word}(${readings.join(' ')})`);
        const dict = cedict.get(word)?.map((r) => r.join(' ')).filter((r) => r !== readings.join(' '));
        if (dict?.length && word.length > 1 && HAN.test(word)) hints.push(`${word}: ${dict.join(' | ')}`);
        at = t.end;
      }
      bare(text.length);
      console.log(`@ ${a}:${p}`);
      console.log(words.join(' '));
      if (hints.length) console.log(`? ${hints.join('; ')}`);
    }
  }
}

await main();
