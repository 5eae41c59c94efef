// An independent re-implementation of ServeWell's scoring, for the end-to-end tests to
// compare the scores the app shows against. It reads only questions/bank-v<N>.json and
// follows the "Scoring" rules of the assessment spec, not the Rust code:
//
// - a result is scored with the edition of the questions it was answered with;
// - a reverse-keyed item (key -1) turns answer a into 6 - a; 0 ("hasn't come up") is
//   not an answer on the scale and does not count;
// - a characteristic's score is the mean of its answered items among those asked
//   (full: all of its items; pulse: only its items marked "pulse": true), and exists only
//   when at least ceil(3/4 × asked) of them are answered (3 of 4; 1 of 1 in the pulse);
// - the overall score is the mean of the characteristic scores that exist (unrounded),
//   and exists only when at least four fifths of the characteristics have one (8 of 10);
// - shown with one decimal, halves rounded up: (Math.round(x * 10) / 10).toFixed(1).

import { readFileSync } from 'node:fs';

/** Every edition of the questions, by version. */
export const editions = new Map(
  [1, 2].map((version) => [version, JSON.parse(readFileSync(new URL(`../../questions/bank-v${version}.json`, import.meta.url), 'utf8'))]),
);

/** The current edition, the one new assessments are answered with. */
export const bank = editions.get(Math.max(...editions.keys()));

const VARIANTS = new Set(['full', 'pulse']);

function edition(version) {
  const found = editions.get(version);
  if (!found) throw new Error(`unknown edition ${version}`);
  return found;
}

/** One decimal, halves up, as the app shows scores: 3.25 → "3.3". */
export function shown(x) {
  return (Math.round(x * 10) / 10).toFixed(1);
}

/** The items a variant asks, in bank order. */
export function askedItems(variant, version = bank.version) {
  if (!VARIANTS.has(variant)) throw new Error(`unknown variant ${JSON.stringify(variant)} (expected 'full' or 'pulse')`);
  return edition(version).items.filter((item) => variant === 'full' || item.pulse === true);
}

/** The ids of the items a variant asks, in bank order. */
export function askedIds(variant, version = bank.version) {
  return askedItems(variant, version).map((item) => item.id);
}

function keyedValue(item, answer) {
  return item.key === -1 ? 6 - answer : answer;
}

function mean(values) {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Unrounded scores: `{ byCharacteristic: { id: number | null }, overall: number | null }`.
 * @param {Record<string, number|null|undefined>} answers  item id → 1..5, or 0 for "hasn't come up" (missing/null = unanswered)
 * @param {'full'|'pulse'} variant
 * @param {number} version  the edition of the questions answered
 */
export function expectedMeans(answers, variant, version = bank.version) {
  const bank = edition(version);
  const itemsById = new Map(bank.items.map((item) => [item.id, item]));
  for (const [id, value] of Object.entries(answers)) {
    if (!itemsById.has(id)) throw new Error(`answer for unknown item ${JSON.stringify(id)} in edition ${version}`);
    if (value !== null && value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= 5)) {
      throw new Error(`answer for ${id} must be an integer 0..5, got ${JSON.stringify(value)}`);
    }
  }
  const asked = askedItems(variant, version);
  const byCharacteristic = {};
  const present = [];
  for (const characteristic of bank.characteristics) {
    const items = asked.filter((item) => item.characteristic === characteristic);
    const values = items
      .filter((item) => answers[item.id] !== undefined && answers[item.id] !== null && answers[item.id] !== 0)
      .map((item) => keyedValue(item, answers[item.id]));
    const minimum = Math.ceil((3 * items.length) / 4);
    const score = values.length > 0 && values.length >= minimum ? mean(values) : null;
    byCharacteristic[characteristic] = score;
    if (score !== null) present.push(score);
  }
  const enough = present.length > 0 && present.length >= Math.ceil((4 * bank.characteristics.length) / 5);
  return { byCharacteristic, overall: enough ? mean(present) : null };
}

/**
 * Scores as shown: `{ byCharacteristic: { id: "3.3" | null }, overall: "3.4" | null }`.
 * @param {Record<string, number|null|undefined>} answers  item id → 1..5, or 0 for "hasn't come up"
 * @param {'full'|'pulse'} variant
 * @param {number} version  the edition of the questions answered
 */
export function expectedScores(answers, variant, version = bank.version) {
  const means = expectedMeans(answers, variant, version);
  const byCharacteristic = {};
  for (const [id, score] of Object.entries(means.byCharacteristic)) {
    byCharacteristic[id] = score === null ? null : shown(score);
  }
  return { byCharacteristic, overall: means.overall === null ? null : shown(means.overall) };
}
