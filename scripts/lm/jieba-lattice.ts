/**
 * A lattice that keeps jieba's word boundaries: a jieba word the lexicon holds is one edge, and
 * only a word it lacks is cut by the model. For comparing segmentations in bench:lm.
 */
import { buildLattice, UNKNOWN_HAN, type Lattice, type Lexicon } from '../../src/lm/model-words';
import { NO_WORD } from '../../src/lm/ngram-scorer';

export function jiebaLattice(cut: (text: string) => string[]): (lexicon: Lexicon, text: string) => Lattice {
  return (lexicon, text) => {
    const lattice = buildLattice(lexicon, text);
    // The end of the jieba word each position lies in.
    const wordEnd = new Uint32Array(text.length);
    let at = 0;
    for (const word of cut(text)) {
      wordEnd.fill(at + word.length, at, at + word.length);
      at += word.length;
    }
    for (let i = 0; i < text.length; i++) {
      const ids = lattice.ids[i] as number[];
      const lengths = lattice.lengths[i] as number[];
      const keep = ids.map((_, e) => e).filter((e) => ids[e] === NO_WORD || i + (lengths[e] as number) <= (wordEnd[i] as number));
      lattice.ids[i] = keep.length ? keep.map((e) => ids[e] as number) : [UNKNOWN_HAN];
      lattice.lengths[i] = keep.length ? keep.map((e) => lengths[e] as number) : [1];
    }
    return lattice;
  };
}
