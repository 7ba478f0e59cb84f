// Logistic regression, fitted by Newton's method with a small L2 penalty: deterministic (no random
// start, no sampling), a few iterations for the ~20 named features the second stage uses.

export interface LogisticModel {
  /** Feature means and spreads the weights were fitted on (inputs are standardised with them). */
  mean: number[];
  scale: number[];
  /** weights[0] is the intercept, weights[1 + j] the weight of feature j. */
  weights: number[];
}

const ITERATIONS = 25;

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The linear score (log-odds) of one row. */
export function logit(model: LogisticModel, x: readonly number[]): number {
  let z = model.weights[0];
  for (let j = 0; j < x.length; j++) z += model.weights[j + 1] * ((x[j] - model.mean[j]) / model.scale[j]);
  return z;
}

export function probability(model: LogisticModel, x: readonly number[]): number {
  return sigmoid(logit(model, x));
}

/** Fits weights to rows x with 0/1 labels y; `l2` keeps rare features from running off. */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], l2 = 1): LogisticModel {
  const d = x[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of x) for (let j = 0; j < d; j++) mean[j] += row[j] / x.length;
  for (const row of x) for (let j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) ** 2 / x.length;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  const z = x.map((row) => [1, ...row.map((v, j) => (v - mean[j]) / scale[j])]);
  const w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < z.length; i++) {
      const row = z[i];
      let s = 0;
      for (let j = 0; j <= d; j++) s += w[j] * row[j];
      const p = sigmoid(s);
      const r = p - y[i];
      const v = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        grad[j] += r * row[j];
        const vj = v * row[j];
        for (let k = j; k <= d; k++) hess[j][k] += vj * row[k];
      }
    }
    // The intercept is not penalised.
    for (let j = 1; j <= d; j++) {
      grad[j] += l2 * w[j];
      hess[j][j] += l2;
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hess[j][k] = hess[k][j];
    hess[0][0] += 1e-9;
    const step = solve(hess, grad);
    let moved = 0;
    for (let j = 0; j <= d; j++) {
      w[j] -= step[j];
      moved = Math.max(moved, Math.abs(step[j]));
    }
    if (moved < 1e-10) break;
  }
  return { mean, scale, weights: w };
}

/** Solves a x = b for a symmetric positive definite a (Gaussian elimination with pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    const p = m[c][c] || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * out[k];
    out[r] = s / (m[r][r] || 1e-12);
  }
  return out;
}
