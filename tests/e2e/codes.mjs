// Result codes made independently of the app, for tests that need many of them or ones
// no participant could make (a name over the form's limit, HTML in it). Follows the
// format described in src/model/sharing/code.rs: `SW`, then Crockford base32 of format (4 bits),
// pulse (1), bank version (6), workshop (30), day (16), nonce (16), the answers as one
// number in bank order (last item first) whose digits are 0 for none, 1..5, and in format 2
// 6 for "hasn't come up" (base 7; format 1 used base 6), the name's length (6) and bytes,
// and a CRC-20 (x^20 + x^3 + 1) over all of that.

import { askedItems, bank } from './scoring-oracle.mjs';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A result code for `workshop` (its six-character id). `answers` maps item ids to 1..5, or
 * 0 for "hasn't come up", and defaults to every asked item answered `level`; `nonce` tells
 * people apart. `version` is the edition of the questions, `format` the code format.
 */
export function resultCode({
  workshop, variant = 'pulse', level = 3, answers, nonce = 1, day = 2500, name = '', version = bank.version, format = 2,
}) {
  const items = askedItems(variant, version);
  const base = format === 1 ? 6n : 7n;
  const given = answers ?? Object.fromEntries(items.map((item) => [item.id, level]));
  const bits = [];
  const push = (value, width) => {
    for (let i = width - 1; i >= 0; i--) bits.push(Number((BigInt(value) >> BigInt(i)) & 1n));
  };
  push(format, 4);
  push(variant === 'pulse' ? 1 : 0, 1);
  push(version, 6);
  push([...workshop].reduce((acc, c) => acc * 32n + BigInt(ALPHABET.indexOf(c)), 0n), 30);
  push(day, 16);
  push(nonce, 16);
  const digit = (answer) => (answer === undefined ? 0n : answer === 0 ? 6n : BigInt(answer));
  const number = items.reduceRight((acc, item) => acc * base + digit(given[item.id]), 0n);
  push(number, (base ** BigInt(items.length) - 1n).toString(2).length);
  const bytes = new TextEncoder().encode(name);
  push(bytes.length, 6);
  for (const byte of bytes) push(byte, 8);
  let register = 0;
  for (const bit of bits) {
    const feedback = ((register >> 19) & 1) ^ bit;
    register = ((register << 1) & 0xFFFFF) ^ (feedback ? 0b1001 : 0);
  }
  push(register, 20);
  let code = 'SW';
  for (let i = 0; i < bits.length; i += 5) {
    code += ALPHABET[bits.slice(i, i + 5).concat([0, 0, 0, 0]).slice(0, 5).reduce((acc, b) => acc * 2 + b, 0)];
  }
  return code;
}
