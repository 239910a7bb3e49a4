/** `/search-strings.json`: the search dialog's texts in both languages (see search-strings.ts). */
import type { APIRoute } from 'astro';
import { searchStrings } from '~/components/site/search-strings';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ en: searchStrings('en'), zh: searchStrings('zh') }), {
    headers: { 'content-type': 'application/json' },
  });
