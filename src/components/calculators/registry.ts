/**
 * Every calculator, in the order the sidebar and the index page list them. A calculator is one
 * folder (`<name>/definition.ts`, `Island.tsx`, `compute.ts`) plus one line here; pages, routes,
 * the sidebar, the texts published for the islands, chapter embeds and tests all read this list.
 * Pure data: safe for the server, the browser and unit tests alike.
 */
import type { CalculatorDefinition } from './kit/types';
import { taskmanager } from './taskmanager/definition';
import { jobmanager } from './jobmanager/definition';
import { network } from './network/definition';
import { rocksdb } from './rocksdb/definition';

const DEFINITIONS = [taskmanager, jobmanager, network, rocksdb] as const;

export type CalculatorName = (typeof DEFINITIONS)[number]['name'];

export const CALCULATORS: readonly CalculatorDefinition<CalculatorName>[] = DEFINITIONS;

/** The names, in registry order. */
export const CALCULATOR_NAMES: readonly CalculatorName[] = CALCULATORS.map((c) => c.name);

/** The definition of `name`. */
export function calculator(name: CalculatorName): CalculatorDefinition<CalculatorName> {
  return CALCULATORS.find((c) => c.name === name)!;
}

/** Whether `x` names a registered calculator (untrusted input: a card's attribute, a route). */
export function isCalculatorName(x: unknown): x is CalculatorName {
  return typeof x === 'string' && (CALCULATOR_NAMES as readonly string[]).includes(x);
}
