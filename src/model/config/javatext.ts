/** Java's text forms of the values SnakeYAML hands to Flink (`Object.toString()`). */

/** `Double.toString(d)` (JDK 19+ shortest digits; plain for 1e-3 ≤ |d| < 1e7, else `d.dddE±n`). */
export function javaDoubleToString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(d);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mant = '0', exp = '0'] = d.toExponential().split('e');
  const m = mant.includes('.') ? mant : `${mant}.0`;
  return `${m}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}

/** What `Object.toString()` gives for a scalar SnakeYAML constructed (`null` → undefined). */
export function javaScalarText(value: unknown, source: string | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return javaDoubleToString(value);
  // Timestamps, binary and other exotic tags: the text as written is the most useful reading.
  return source ?? String(value);
}
