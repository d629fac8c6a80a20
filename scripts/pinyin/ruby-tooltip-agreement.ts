/**
 * Do the ruby and the tooltip agree? Every word of ../shared/corpus (read in place) that the
 * dictionary has, read as the background reads it; the tooltip leads with the sense whose reading
 * is the ruby's (dictionary-index.ts), so a word whose ruby reading no sense has shows one reading
 * over the word and another at the head of its tooltip. Prints the count and each such word.
 *
 * Usage: npx tsx scripts/pinyin/ruby-tooltip-agreement.ts   (CORPUS=<jsonl> for another file)
 */
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import { loadCorpus } from '../words/gold';
import { createNodePipeline } from '../words/pipeline';

const dictionary = await loadDictionaryFromDisk();
const read = await createNodePipeline();
let words = 0;
const differing = new Map<string, number>();
for (const article of loadCorpus()) {
  for (const text of article.paragraphs) {
    for (const token of read(text)) {
      if (!token.readings.some(Boolean)) continue;
      const word = text.slice(token.start, token.end);
      const ruby = token.readings.join(' ');
      const tooltip = dictionary.lookup(word, ruby)?.senses[0]?.pinyin;
      if (tooltip === undefined) continue;
      words++;
      if (tooltip === ruby) continue;
      const key = `${word}\truby ${ruby}\ttooltip ${tooltip}`;
      differing.set(key, (differing.get(key) ?? 0) + 1);
    }
  }
}
for (const [key, n] of [...differing].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${key}`);
const total = [...differing.values()].reduce((a, b) => a + b, 0);
console.log(`${total} of ${words} dictionary words: the tooltip leads with another reading than the ruby's`);
