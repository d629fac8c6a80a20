/**
 * npm run build:lm — distils open-gram (Debian's sunpinyin-data, CC BY-SA 3.0) into
 * assets/public/data/lm.bin with its notice beside it.
 *
 * The full model has 71,759 words, 2.5 M bigrams and 1 M trigrams (39 MB). Kept: the words of
 * unigram probability ≥ 3·10⁻⁷ (every punctuation mark the model has), the bigrams and trigrams
 * that cost the model least relative entropy to lose (./prune.ts), with log values quantised to
 * 4–8 bits (./encode-model.ts). `npm run bench:lm` measures what that costs against the full model.
 * Deterministic: the same package gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeModelFile, renumberByProbability, type QuantiserBits } from './encode-model';
import { findOpenGram, openGramCredit } from './open-gram-source';
import { pruneModel, type PruneBudget } from './prune';
import { readOpenGram } from './read-open-gram';

const MODEL_FILE = fileURLToPath(new URL('../../assets/public/data/lm.bin', import.meta.url));
const NOTICE_FILE = fileURLToPath(new URL('../../assets/public/data/lm.NOTICE.txt', import.meta.url));
/** This model's share of the extension's 10 MB (see /work/coord: size budget). */
const MAX_BYTES = 2_000_000;

const BUDGET: PruneBudget = { minWordProbability: 3e-7, bigrams: 1_000_000, trigrams: 80_000 };
/** Code bits per value kind; 4 bits for the n-grams cost nothing measurable (bench:lm). */
const BITS: QuantiserBits = { unigramLogp: 8, unigramBackoff: 7, bigramLogp: 4, bigramBackoff: 7, trigramLogp: 4 };

const NOTICE = (version: string) => `lm.bin: Dudong's language model of written Chinese, a word trigram model
distilled by scripts/lm/build.ts (npm run build:lm) from:

${openGramCredit(version)}

Changes made: the vocabulary cut to the words of unigram probability of at least
${BUDGET.minWordProbability}, the bigrams and trigrams pruned to the ${BUDGET.bigrams} and ${BUDGET.trigrams} that carry the most
information (relative-entropy pruning), back-off weights recomputed, log-probabilities
quantised, words renumbered, and the whole re-encoded in Dudong's own file format
(src/lm/model-file.ts). This file is an adaptation of open-gram and is distributed under
the same license, CC BY-SA 3.0.
`;

function main(): void {
  const source = findOpenGram();
  console.log(`open-gram: sunpinyin-data ${source.version}, ${source.model}`);
  const full = readOpenGram(source);
  console.log(`full model: ${full.unigramLogp.length} words, ${full.bigramWord.length} bigrams, ${full.trigramWord.length} trigrams`);
  const pruned = renumberByProbability(pruneModel(full, BUDGET));
  const file = encodeModelFile(pruned, BITS, {
    source: `open-gram (sunpinyin-data ${source.version}), CC BY-SA 3.0`,
    minWordProbability: BUDGET.minWordProbability,
    bigramBudget: BUDGET.bigrams,
    trigramBudget: BUDGET.trigrams,
    bits: JSON.stringify(BITS),
  });
  console.log(`distilled: ${pruned.unigramLogp.length} words, ${pruned.bigramWord.length} bigrams, ${pruned.trigramWord.length} trigrams`);
  if (file.length > MAX_BYTES) throw new Error(`lm.bin would be ${file.length} bytes, over the ${MAX_BYTES}-byte budget`);
  writeFileSync(MODEL_FILE, file);
  writeFileSync(NOTICE_FILE, NOTICE(source.version));
  console.log(`wrote ${MODEL_FILE}: ${file.length} bytes`);
}

main();
