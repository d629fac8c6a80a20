/**
 * Scalar quantisation of the model's log values: a codebook of 2^bits centres per kind of value
 * (1-D k-means, Lloyd's algorithm from quantile starting points, so the result is deterministic),
 * and each value replaced by the index of its nearest centre.
 */
export interface Codebook {
  centres: Float32Array;
  codes: Uint8Array;
}

function nearest(sortedCentres: Float64Array, value: number): number {
  let low = 0;
  let high = sortedCentres.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (value > ((sortedCentres[middle] as number) + (sortedCentres[middle + 1] as number)) / 2) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function quantize(values: ArrayLike<number>, bits: number, rounds = 12): Codebook {
  const n = values.length;
  const size = 1 << bits;
  const sorted = Float64Array.from(values).sort();
  const distinct = [...new Set(sorted)];
  let centres: Float64Array;
  if (distinct.length <= size) centres = Float64Array.from(distinct);
  else {
    centres = new Float64Array(size);
    for (let k = 0; k < size; k++) centres[k] = sorted[Math.min(n - 1, Math.floor(((k + 0.5) / size) * n))] as number;
    for (let round = 0; round < rounds; round++) {
      const sum = new Float64Array(size);
      const count = new Float64Array(size);
      for (let i = 0; i < n; i++) {
        const k = nearest(centres, sorted[i] as number);
        sum[k] = (sum[k] as number) + (sorted[i] as number);
        count[k] = (count[k] as number) + 1;
      }
      for (let k = 0; k < size; k++) if ((count[k] as number) > 0) centres[k] = (sum[k] as number) / (count[k] as number);
      centres = Float64Array.from(new Set(centres)).sort();
    }
  }
  const codes = new Uint8Array(n);
  for (let i = 0; i < n; i++) codes[i] = nearest(centres, values[i] as number);
  return { centres: Float32Array.from(centres), codes };
}

/** The values as their codebook would give them back. */
export function dequantized(book: Codebook): Float32Array {
  return Float32Array.from(book.codes, (code) => book.centres[code] as number);
}
