/**
 * A truncated SVD of a sparse matrix by random projection (Halko, Martinsson & Tropp's randomised
 * range finder with power iterations), small enough to run in the build script: the word–context
 * matrix has ~30k rows and a few million entries, and only its top few dozen directions are kept.
 * Deterministic: the random test matrix comes from a seeded generator.
 */

/** Compressed sparse rows: row r is entries [rowStart[r], rowStart[r + 1]). */
export interface SparseRows {
  rows: number;
  cols: number;
  rowStart: Uint32Array;
  col: Uint32Array;
  value: Float32Array;
}

/** A dense matrix, row-major: `data[r * width + c]`. */
interface Dense {
  height: number;
  width: number;
  data: Float64Array;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A · X (A rows × cols, X cols × k). */
function times(a: SparseRows, x: Dense): Dense {
  const k = x.width;
  const out = new Float64Array(a.rows * k);
  for (let r = 0; r < a.rows; r++) {
    for (let e = a.rowStart[r] as number; e < (a.rowStart[r + 1] as number); e++) {
      const v = a.value[e] as number;
      const base = (a.col[e] as number) * k;
      for (let j = 0; j < k; j++) out[r * k + j] = (out[r * k + j] as number) + v * (x.data[base + j] as number);
    }
  }
  return { height: a.rows, width: k, data: out };
}

/** Aᵀ · Y (Y rows × k). */
function timesTransposed(a: SparseRows, y: Dense): Dense {
  const k = y.width;
  const out = new Float64Array(a.cols * k);
  for (let r = 0; r < a.rows; r++) {
    for (let e = a.rowStart[r] as number; e < (a.rowStart[r + 1] as number); e++) {
      const v = a.value[e] as number;
      const base = (a.col[e] as number) * k;
      for (let j = 0; j < k; j++) out[base + j] = (out[base + j] as number) + v * (y.data[r * k + j] as number);
    }
  }
  return { height: a.cols, width: k, data: out };
}

/** Orthonormal columns in place (modified Gram–Schmidt, twice for stability). */
function orthonormalise(m: Dense): void {
  const { height, width, data } = m;
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < width; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < height; r++) dot += (data[r * width + i] as number) * (data[r * width + j] as number);
        for (let r = 0; r < height; r++) data[r * width + j] = (data[r * width + j] as number) - dot * (data[r * width + i] as number);
      }
      let norm = 0;
      for (let r = 0; r < height; r++) norm += (data[r * width + j] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let r = 0; r < height; r++) data[r * width + j] = (data[r * width + j] as number) / norm;
    }
  }
}

/** Eigenvalues and eigenvectors (columns) of a small symmetric matrix, by cyclic Jacobi rotations. */
function symmetricEigen(n: number, s: Float64Array): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(s);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += (a[p * n + q] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * n + q] as number) - (a[p * n + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p] as number;
          const akq = a[k * n + q] as number;
          a[k * n + p] = c * akp - sn * akq;
          a[k * n + q] = sn * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k] as number;
          const aqk = a[q * n + k] as number;
          a[p * n + k] = c * apk - sn * aqk;
          a[q * n + k] = sn * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p] as number;
          const vkq = v[k * n + q] as number;
          v[k * n + p] = c * vkp - sn * vkq;
          v[k * n + q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Array.from({ length: n }, (_, i) => a[i * n + i] as number), vectors: v };
}

/**
 * The top `k` left singular vectors of `a` (rows × k, row-major) and their singular values,
 * largest first. `oversample` extra directions and `powers` power iterations sharpen the range.
 */
export function truncatedSvd(a: SparseRows, k: number, { oversample = 16, powers = 3, seed = 24 } = {}): { left: Float64Array; values: number[] } {
  const l = k + oversample;
  const random = seeded(seed);
  const omega: Dense = { height: a.cols, width: l, data: Float64Array.from({ length: a.cols * l }, () => random() * 2 - 1) };
  let q = times(a, omega);
  orthonormalise(q);
  for (let i = 0; i < powers; i++) {
    const z = timesTransposed(a, q);
    orthonormalise(z);
    q = times(a, z);
    orthonormalise(q);
  }
  // B = Qᵀ A (l × cols); B Bᵀ = V Σ² Vᵀ gives A's left vectors as Q V.
  const bt = timesTransposed(a, q); // cols × l = Bᵀ
  const gram = new Float64Array(l * l);
  for (let r = 0; r < bt.height; r++) {
    for (let i = 0; i < l; i++) {
      const x = bt.data[r * l + i] as number;
      if (x === 0) continue;
      for (let j = i; j < l; j++) gram[i * l + j] = (gram[i * l + j] as number) + x * (bt.data[r * l + j] as number);
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) gram[i * l + j] = gram[j * l + i] as number;
  const { values, vectors } = symmetricEigen(l, gram);
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => y[0] - x[0]).slice(0, k);
  const left = new Float64Array(a.rows * k);
  for (let r = 0; r < a.rows; r++) {
    order.forEach(([, col], j) => {
      let sum = 0;
      for (let i = 0; i < l; i++) sum += (q.data[r * l + i] as number) * (vectors[i * l + col] as number);
      left[r * k + j] = sum;
    });
  }
  return { left, values: order.map(([v]) => Math.sqrt(Math.max(0, v))) };
}
