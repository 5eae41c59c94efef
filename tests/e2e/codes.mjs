// Codes made independently of the app, for tests that need many of them or ones no
// person could make (a name over the form's limit, HTML in it). Every code is a prefix,
// then Crockford base32 of a bit string ending in a CRC-20 (x^20 + x^3 + 1) over all of
// it. Answers travel as one number in bank order (last item first) whose digits are 0 for
// none, 1..5, and 6 for "hasn't come up" / "I haven't seen this" (base 7; result codes of
// format 1 used base 6). Follows src/model/sharing/{envelope,code,feedback}.rs:
//
// - result code `SW`: format (4 bits), pulse (1), bank version (6), workshop (30), day
//   (16), nonce (16), the answers, the name's length (6) and bytes;
// - feedback code `SF`: format 1 (4), pulse (1), bank version (6), request (30), nonce
//   (16), the answers;
// - summary code `SS`: format 1 (4), pulse (1), bank version (6), request (30),
//   colleagues (6), then per characteristic how many rated it (6) and their mean in tenths
//   above 1.0 (6; 63 for none).

import { askedItems, bank } from './scoring-oracle.mjs';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Seals the bits `write(push)` pushes into a code of `prefix`. */
function seal(prefix, write) {
  const bits = [];
  const push = (value, width) => {
    for (let i = width - 1; i >= 0; i--) bits.push(Number((BigInt(value) >> BigInt(i)) & 1n));
  };
  write(push);
  let register = 0;
  for (const bit of bits) {
    const feedback = ((register >> 19) & 1) ^ bit;
    register = ((register << 1) & 0xFFFFF) ^ (feedback ? 0b1001 : 0);
  }
  push(register, 20);
  let code = prefix;
  for (let i = 0; i < bits.length; i += 5) {
    code += ALPHABET[bits.slice(i, i + 5).concat([0, 0, 0, 0]).slice(0, 5).reduce((acc, b) => acc * 2 + b, 0)];
  }
  return code;
}

const id30 = (id) => [...id].reduce((acc, c) => acc * 32n + BigInt(ALPHABET.indexOf(c)), 0n);

function pushAnswers(push, items, given, base) {
  const digit = (answer) => (answer === undefined ? 0n : answer === 0 ? 6n : BigInt(answer));
  const number = items.reduceRight((acc, item) => acc * base + digit(given[item.id]), 0n);
  push(number, (base ** BigInt(items.length) - 1n).toString(2).length);
}

/**
 * A result code for `workshop` (its six-character id). `answers` maps item ids to 1..5, or
 * 0 for "hasn't come up", and defaults to every asked item answered `level`; `nonce` tells
 * people apart. `version` is the edition of the questions, `format` the code format.
 */
export function resultCode({
  workshop, variant = 'pulse', level = 3, answers, nonce = 1, day = 2500, name = '', version = bank.version, format = 2,
}) {
  const items = askedItems(variant, version);
  const given = answers ?? Object.fromEntries(items.map((item) => [item.id, level]));
  return seal('SW', (push) => {
    push(format, 4);
    push(variant === 'pulse' ? 1 : 0, 1);
    push(version, 6);
    push(id30(workshop), 30);
    push(day, 16);
    push(nonce, 16);
    pushAnswers(push, items, given, format === 1 ? 6n : 7n);
    const bytes = new TextEncoder().encode(name);
    push(bytes.length, 6);
    for (const byte of bytes) push(byte, 8);
  });
}

/** A colleague's feedback code for `request` (its id), like `resultCode` without a name. */
export function feedbackCode({ request, variant = 'pulse', level = 3, answers, nonce = 1, version = bank.version }) {
  const items = askedItems(variant, version);
  const given = answers ?? Object.fromEntries(items.map((item) => [item.id, level]));
  return seal('SF', (push) => {
    push(1, 4);
    push(variant === 'pulse' ? 1 : 0, 1);
    push(version, 6);
    push(id30(request), 30);
    push(nonce, 16);
    pushAnswers(push, items, given, 7n);
  });
}

/**
 * A collector's summary code: `characteristics` holds, in the bank's order, `[rated, mean]`
 * per characteristic (`mean` null for none).
 */
export function summaryCode({ request, variant = 'pulse', colleagues, characteristics, version = bank.version }) {
  return seal('SS', (push) => {
    push(1, 4);
    push(variant === 'pulse' ? 1 : 0, 1);
    push(version, 6);
    push(id30(request), 30);
    push(colleagues, 6);
    for (const [rated, mean] of characteristics) {
      push(rated, 6);
      push(mean === null ? 63 : Math.round((mean - 1) * 10), 6);
    }
  });
}
