/**
 * Traditional Chinese against Simplified, on text nobody here wrote:
 * - the corpus (../shared/corpus, read in place) converted to Traditional by OpenCC's phrase-level
 *   converter (opencc-js, cn → tw and cn → hk, as a Taiwan or Hong Kong page would be written), cut
 *   by Dudong's segmenter: how many word boundaries agree with the cut of the Simplified original;
 * - the CPP polyphone test (../shared/bench/polyphone) converted the same way, read by Dudong's
 *   pipeline and scored as eval-polyphone.mjs scores: Traditional against Simplified;
 * - where the product's character-level view (toSimplified) does not give the Simplified original
 *   back: the characters whose Traditional → Simplified mapping depends on the word;
 * - Taiwan and Hong Kong vocabulary (OpenCC's TWPhrases / HKPhrases: 軟體, 隨身碟, 計程車 …): how
 *   many the dictionary finds, and on the corpus converted with it (cn → twp) how many are cut whole.
 *
 * Usage: npm run bench:traditional [-- --dev] [-- --cases 20]
 */
import { readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { Converter } from 'opencc-js';
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import { createPinyinReader, type PinyinReader } from '../../src/pinyin/index';
import { readSentence } from '../pinyin/cpp-accuracy';
import { toNumbered } from '../../src/pinyin/numbered';
import { toSimplified } from '../../src/script/simplified-view';
import { createJiebaSegmenter, type Segmenter } from '../../src/segment/segmenter';
import { loadCpp, type CppItem } from '../pinyin/data';

const CORPUS_DIR = process.env.CORPUS_DIR ?? '/work/shared/corpus';
const CORPUS_FILES = ['sogou-2012-news.jsonl', 'sogou-2012-other.jsonl'];
const VARIANTS = ['tw', 'hk'] as const;
const split = process.argv.includes('--dev') ? 'dev' : 'test';
const casesArg = process.argv.indexOf('--cases');
const SHOW_CASES = casesArg > 0 ? Number(process.argv[casesArg + 1] ?? 20) : 0;

const ASSETS = new URL('../../assets/public', import.meta.url);
const loadAsset = async (path: string): Promise<ArrayBuffer> => {
  const bytes = readFileSync(new URL(`.${path}`, `${ASSETS.href}/`));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

function corpusParagraphs(): string[] {
  const out: string[] = [];
  for (const file of CORPUS_FILES) {
    for (const line of readFileSync(`${CORPUS_DIR}/${file}`, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const article = JSON.parse(line) as { title: string; paragraphs: string[] };
      out.push(...[article.title, ...article.paragraphs].filter((p) => /\p{Script=Han}/u.test(p)));
    }
  }
  return out;
}

/** Offsets inside the text where one word ends and the next begins. */
function boundaries(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const word of words.slice(0, -1)) out.add((at += word.length));
  return out;
}

interface Agreement {
  shared: number;
  simplifiedOnly: number;
  traditionalOnly: number;
}

function addAgreement(total: Agreement, simplified: readonly string[], traditional: readonly string[]): void {
  const s = boundaries(simplified);
  const t = boundaries(traditional);
  for (const b of s) {
    if (t.has(b)) total.shared++;
    else total.simplifiedOnly++;
  }
  for (const b of t) if (!s.has(b)) total.traditionalOnly++;
}

/** Boundaries both cuts make, of those either makes (missing and extra both count against). */
const agreementOf = (a: Agreement) => a.shared / (a.shared + a.simplifiedOnly + a.traditionalOnly);
/** Of the Simplified cut's boundaries, those the Traditional cut keeps (the issue's 93.5% measure). */
const keptOf = (a: Agreement) => a.shared / (a.shared + a.simplifiedOnly);

/** Where toSimplified of the Traditional text is not the Simplified original: `原→繁→view` counts. */
class Mismatches {
  han = 0;
  wrong = 0;
  readonly pairs = new Map<string, number>();
  add(simplified: string, traditional: string): void {
    const view = toSimplified(traditional);
    for (let i = 0; i < simplified.length; i++) {
      if (!/\p{Script=Han}/u.test(simplified.charAt(i))) continue;
      this.han++;
      if (view.charAt(i) === simplified.charAt(i)) continue;
      this.wrong++;
      const key = `${simplified.charAt(i)}→${traditional.charAt(i)}→${view.charAt(i)}`;
      this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
    }
  }
  summary(top = 12): string {
    const pairs = [...this.pairs].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, n]) => `${k} ${n}`);
    return `${this.wrong} of ${this.han} Han characters (${((100 * this.wrong) / this.han).toFixed(3)}%)${pairs.length ? `: ${pairs.join(', ')}` : ''}`;
  }
}

function readingAt(item: CppItem, text: string, segmenter: Segmenter, reader: PinyinReader): string {
  return toNumbered(readSentence(text, segmenter, reader)[item.at] ?? '');
}

/** OpenCC's Taiwan and Hong Kong words for what the mainland says otherwise (软件 → 軟體). */
async function regionalWords(): Promise<string[]> {
  const words = new Set<string>();
  for (const name of ['TWPhrases', 'HKPhrases']) {
    const table = ((await import(`opencc-js/dict/${name}`)) as { default: string }).default;
    for (const pair of table.split('|')) {
      const word = pair.split(' ')[1] ?? '';
      if (/^\p{Script=Han}{2,}$/u.test(word)) words.add(word);
    }
  }
  return [...words];
}

/** Occurrences of `words` in `texts`, and of those the ones `cut` gives as one word. */
function wordsCutWhole(texts: readonly string[], words: readonly string[], segmenter: Segmenter): { found: number; whole: number } {
  let found = 0;
  let whole = 0;
  for (const text of texts) {
    const starts = new Set<number>([0]);
    let at = 0;
    for (const word of segmenter.cut(text)) starts.add((at += word.length));
    for (const word of words) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        found++;
        let one = starts.has(i) && starts.has(i + word.length);
        for (let k = i + 1; k < i + word.length && one; k++) if (starts.has(k)) one = false;
        if (one) whole++;
      }
    }
  }
  return { found, whole };
}

async function main(): Promise<void> {
  const dictionary = await loadDictionaryFromDisk();
  // As the background builds it (src/background/language-tools.ts).
  const segmenter = createJiebaSegmenter(jieba, dictionary.customWords(), (word) => dictionary.hasWord(word));
  // Citation tones, as CPP labels them and bench:pinyin scores them.
  const reader = await createPinyinReader(loadAsset, { dictionaryNeutralTones: false });
  const paragraphs = corpusParagraphs();
  const cpp = loadCpp(split);

  // The Simplified side, once.
  const simplifiedCuts = paragraphs.map((p) => segmenter.cut(p));
  const simplifiedReadings = cpp.map((item) => readingAt(item, item.text, segmenter, reader));
  const simplifiedCorrect = cpp.filter((item, i) => simplifiedReadings[i] === item.gold).length;
  const simplifiedScore = (100 * simplifiedCorrect) / cpp.length;
  const unchanged = paragraphs.filter((p) => toSimplified(p) === p).length + cpp.filter((it) => toSimplified(it.text) === it.text).length;

  console.log(`Traditional vs Simplified — corpus: ${paragraphs.length} paragraphs; CPP ${split}: ${cpp.length} sentences`);
  console.log(`Simplified text through the view: ${unchanged} of ${paragraphs.length + cpp.length} paragraphs and sentences unchanged`);
  console.log(`CPP ${split} in Simplified (Dudong's pipeline): ${simplifiedScore.toFixed(2)}%`);

  for (const variant of VARIANTS) {
    const toTraditional = Converter({ from: 'cn', to: variant });
    const viaView: Agreement = { shared: 0, simplifiedOnly: 0, traditionalOnly: 0 };
    const asWritten: Agreement = { shared: 0, simplifiedOnly: 0, traditionalOnly: 0 };
    const corpusMismatch = new Mismatches();
    let skipped = 0;
    paragraphs.forEach((p, i) => {
      const traditional = toTraditional(p);
      if (traditional.length !== p.length) return void skipped++;
      corpusMismatch.add(p, traditional);
      addAgreement(viaView, simplifiedCuts[i]!, segmenter.cut(traditional));
      addAgreement(asWritten, simplifiedCuts[i]!, jieba.cut(traditional, true));
    });

    const cppMismatch = new Mismatches();
    let correct = 0;
    let targetMismatch = 0;
    let cppSkipped = 0;
    const changed: string[] = [];
    cpp.forEach((item, i) => {
      const traditional = toTraditional(item.text);
      if (traditional.length !== item.text.length) {
        cppSkipped++;
        return;
      }
      cppMismatch.add(item.text, traditional);
      if (toSimplified(traditional).charAt(item.at) !== item.char) targetMismatch++;
      const reading = readingAt(item, traditional, segmenter, reader);
      if (reading === item.gold) correct++;
      if (reading !== simplifiedReadings[i]) {
        const mark = (t: string) => `${t.slice(0, item.at)}[${t.charAt(item.at)}]${t.slice(item.at + 1)}`;
        changed.push(`  ${mark(traditional)}  ${simplifiedReadings[i]} → ${reading} (gold ${item.gold})`);
      }
    });
    const traditionalScore = (100 * correct) / (cpp.length - cppSkipped);

    console.log(`\n== ${variant} (opencc-js cn → ${variant}) ==`);
    console.log(`corpus word-boundary agreement with the Simplified cut: ${agreementOf(viaView).toFixed(4)} (Simplified boundaries kept ${keptOf(viaView).toFixed(4)}, missing ${viaView.simplifiedOnly}, extra ${viaView.traditionalOnly})${skipped ? `; ${skipped} paragraphs changed length, skipped` : ''}`);
    console.log(`  jieba on the Traditional as written (before the view): ${agreementOf(asWritten).toFixed(4)} (kept ${keptOf(asWritten).toFixed(4)})`);
    console.log(`  view ≠ Simplified original, corpus: ${corpusMismatch.summary()}`);
    console.log(`CPP ${split} in Traditional: ${traditionalScore.toFixed(2)}% (Simplified ${simplifiedScore.toFixed(2)}%, difference ${(traditionalScore - simplifiedScore).toFixed(2)} points; ${changed.length} readings differ)${cppSkipped ? `; ${cppSkipped} sentences changed length, skipped` : ''}`);
    console.log(`  view ≠ Simplified original, CPP: ${cppMismatch.summary()}; at the marked character: ${targetMismatch}`);
    for (const line of changed.slice(0, SHOW_CASES)) console.log(line);
    console.log(`traditional-${variant} agreement=${agreementOf(viaView).toFixed(4)} cpp=${traditionalScore.toFixed(2)}% simplified-cpp=${simplifiedScore.toFixed(2)}%`);
  }

  const regional = await regionalWords();
  const inDictionary = regional.filter((word) => dictionary.lookup(word)?.senses.length);
  const withVocabulary = Converter({ from: 'cn', to: 'twp' });
  const { found, whole } = wordsCutWhole(paragraphs.map(withVocabulary), inDictionary, segmenter);
  console.log(`\n== Taiwan and Hong Kong vocabulary (OpenCC TWPhrases, HKPhrases) ==`);
  console.log(`in the dictionary with an entry: ${inDictionary.length} of ${regional.length} words`);
  console.log(`corpus in Taiwan vocabulary (cn → twp): ${found} occurrences of those words, ${whole} cut as one word (${(whole / found).toFixed(4)})`);
}

await main();
