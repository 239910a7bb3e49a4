/**
 * The search dialog's texts in both languages. They are published once as `/search-strings.json`
 * and fetched when a reader first opens search, instead of riding in every page's HTML.
 */
import { siteStrings } from '~/i18n/site';

/** The dialog's texts in `lang`. */
export function searchStrings(lang: 'en' | 'zh') {
  const t = siteStrings[lang];
  return {
    label: t.searchLabel,
    placeholder: t.searchPlaceholder,
    close: t.searchClose,
    loading: t.searchLoading,
    none: t.searchNoResults,
    count: t.searchResultsCount,
    more: t.searchMore,
    failed: t.searchFailed,
    hint: t.searchHint,
  };
}
