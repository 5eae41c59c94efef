// Stored histories for tests, screenshots and benchmarks: a person taking the
// assessment every `stepDays` days, growing a little, with a pulse now and then.

import { askedItems, bank } from './scoring-oracle.mjs';

const DAY = 86_400_000;

/** A small deterministic generator, so that every run sees the same history. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` results (oldest first), every `stepDays` days from `start`. */
export function results(count, { start = Date.UTC(2024, 0, 15, 9), stepDays = 91, seed = 7 } = {}) {
  const random = generator(seed);
  return Array.from({ length: count }, (_, n) => {
    const pulse = n % 3 === 2;
    const growth = Math.min(1.5, (n / Math.max(1, count - 1)) * 1.5);
    const answers = {};
    for (const item of bank.items) {
      if (pulse && !item.pulse) continue;
      const level = Math.round(Math.min(5, Math.max(1, 2.6 + growth + (random() - 0.5) * 2)));
      answers[item.id] = item.key > 0 ? level : 6 - level;
    }
    return {
      id: `fixture-${n}`,
      taken_at: start + n * stepDays * DAY,
      variant: pulse ? 'pulse' : 'full',
      bank_version: bank.version,
      answers,
      ...(n % 4 === 1 ? { note: `Quarter ${n}: listened more in one-to-ones, and said "and" instead of "but".` } : {}),
    };
  });
}

/** The text the app keeps in localStorage for these results. */
export function storedHistory(list) {
  return JSON.stringify({ schema: 1, results: list });
}

export const HISTORY_KEY = 'servewell.v1.history';

/**
 * A stored result's answers by item id, however they are kept: a map (the first format),
 * or one digit per item its edition asks, in bank order, '.' for none (the second).
 */
export function answersOf(stored) {
  if (typeof stored.answers !== 'string') return stored.answers;
  return Object.fromEntries(askedItems(stored.variant, stored.bank_version)
    .map((item, i) => [item.id, stored.answers[i]])
    .filter(([, digit]) => digit !== '.')
    .map(([id, digit]) => [id, Number(digit)]));
}
