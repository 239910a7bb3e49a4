// Pagefind's ranking for this guide, shared by the search dialog (search.js) and the browser tests
// that check what readers find. Readers paste error texts that several chapters mention in passing;
// the chapter that answers them repeats the text in its heading, message block and keywords, so
// repeated, weighted hits must count for more than pagefind's defaults allow (termSaturation 1.4),
// and the long troubleshooting chapter must not lose merely for its length (pageLength 0.75).
export const RANKING = { termSaturation: 2, pageLength: 0.5 };
