/**
 * JSON that keeps `bigint` digits exact: bigints are written as bare integers, never rounded
 * through a double. Parsing keeps integers above 2^53 - 1 exact by turning them into bigints.
 */
export function stringifyExact(value: unknown): string {
  const marks: string[] = [];
  const text = JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'bigint') {
      marks.push(v.toString());
      return `\u0000BIG${marks.length - 1}\u0000`;
    }
    return v;
  });
  return text.replace(/"\\u0000BIG(\d+)\\u0000"/g, (_m, i: string) => marks[Number(i)] ?? '0');
}

/** Parses JSON; integers that a double cannot hold exactly become `bigint`. */
export function parseExact(text: string): unknown {
  // Quote unsafe integer literals outside strings, then revive them as bigint.
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    // Take a whole number token, so the digits of a fraction or exponent are never read as an integer.
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && (ch === '-' || (ch >= '0' && ch <= '9'))) {
      const tok = m[0];
      const integral = m[1] === undefined && m[2] === undefined;
      out += !integral || Number.isSafeInteger(Number(tok)) ? tok : `"\\u0000BIG${tok}"`;
      i += tok.length;
      continue;
    }
    out += ch;
    i++;
  }
  return JSON.parse(out, (_k, v: unknown) => (typeof v === 'string' && v.startsWith('\u0000BIG') ? BigInt(v.slice(4)) : v));
}
