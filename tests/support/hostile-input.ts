import fc from "fast-check";

/**
 * A string of `min`–`max` characters made of a short random string repeated. Generating tens of
 * thousands of random characters one by one costs fast-check seconds per property, far more than the
 * code under test spends on them, and made property tests outlive their timeouts.
 */
export function hugeString(min: number, max: number) {
  return fc
    .tuple(fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min, max }))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
}

/** Property tests run a fixed number of cases; this bound holds on a loaded 2-core machine (they take ~1–2 s alone). */
export const PROPERTY_TEST_TIMEOUT_MS = 30_000;
