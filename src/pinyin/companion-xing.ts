/**
 * 同行 is tóng háng "a peer, of the same trade" (台湾的同行, 全国同行业) and tóng xíng "travel together"
 * (与妻子同行的中年人, 和我同行的还有小王, 一路同行): CC-CEDICT reads it both ways by these senses, and the
 * model, which saw it as a headword, reads háng everywhere (session 28: a scan of CC-CEDICT's two-sense
 * words over the corpus found 与妻子同行 and 与新世纪同行 read háng). The companion shows the verb: 与 / 和
 * / 跟 / 同 and someone right before it, or a way of going together (一路, 结伴, 一起). A trade's scope in
 * that place (与全国同行的先进水平相比, 与国外同行交流) is the peers.
 */
const WITH = new Set(['与', '和', '跟', '同', '随']);
const TOGETHER = new Set(['一路', '结伴', '一起', '一同', '一道', '相伴', '同路']);
/** A scope of peers: a place or the whole of a trade (全国, 国内, 国外, 业内, 海外, 各地, 本地, 外地). */
const SCOPE = /^(?:全|国|业内|海外|各|本|外|省|市|同)/u;
const COMPANION_TAG = /^(?:r|n|nr|nrt|nz|t)$/;

/**
 * Session 33 (the s32 retrain read every peer xíng): the peers of a trade where a possessor, a scope of the trade
 * or what the peers head says so (他的|同行, 国外|同行, 同行|之首, 同行|们): háng, where no companion or 一路 comes
 * before it (above).
 */
const PEER_SCOPE = new Set(['的', '全国', '国内', '国外', '业内', '海外', '各地', '本地', '外地', '中外', '国际', '全球', '省内', '市内']);
const PEER_HEAD = new Set(['之', '们', '之间', '之中', '中间']);

function peers(words: readonly string[], w: number): boolean {
  return PEER_SCOPE.has(words[w - 1]!) || PEER_HEAD.has(words[w + 1] ?? '');
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyCompanionXing(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 1; w < words.length; w++) {
    if (words[w] !== '同行' || (readings[w]![1] !== 'hang2' && readings[w]![1] !== 'xing2')) continue;
    const prev = words[w - 1]!;
    const withSomeone = WITH.has(words[w - 2] ?? '') && COMPANION_TAG.test(tags[w - 1] ?? '') && !SCOPE.test(prev);
    if (withSomeone || TOGETHER.has(prev)) readings[w]![1] = 'xing2';
    else if (readings[w]![1] === 'xing2' && peers(words, w)) readings[w]![1] = 'hang2';
  }
}
