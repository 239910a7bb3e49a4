/** `/calc-data/<name>-<lang>.json`: a calculator's texts in one language (see island-data.tsx). */
import type { APIRoute } from 'astro';
import { islandTable, TABLES } from '~/components/calculators/kit/island-tables';

export function getStaticPaths() {
  return TABLES.map(({ name, lang }) => ({ params: { table: `${name}-${lang}` }, props: { name, lang } }));
}

export const GET: APIRoute = ({ props }) => {
  const { name, lang } = props as (typeof TABLES)[number];
  return new Response(JSON.stringify(islandTable(name, lang)), { headers: { 'content-type': 'application/json' } });
};
