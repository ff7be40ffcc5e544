/**
 * The p-quantile of Binomial(n, 0.5), as R's `qbinom(p, n, 0.5)`: the smallest k with P(X ≤ k) ≥ p.
 * Summed in log space so large n (thousands of points) neither underflows nor loses the tail.
 */
export const binomialQuantileHalf = (p: number, n: number): number => {
  if (n <= 0) return 0;
  // R compares with a small fuzz so that an exactly representable boundary is not missed.
  const target = p * (1 - 64 * Number.EPSILON);
  let logPmf = -n * Math.LN2;
  let cdf = 0;
  for (let k = 0; k <= n; k++) {
    cdf += Math.exp(logPmf);
    if (cdf >= target) return k;
    logPmf += Math.log((n - k) / (k + 1));
  }
  return n;
};
