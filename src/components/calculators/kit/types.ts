/**
 * The contracts every calculator shares: what a calculator declares (its definition, one per
 * folder, listed in `../registry.ts`), what an island receives, and what its lazily loaded model
 * chunk provides. Types only, so any module may import this without joining an import cycle.
 */
import type { DeploymentMode, FlinkVersion, OptionSpec, OptionType, Versioned } from '~/model/types';
import type { CalcStrings } from '~/i18n/calculators';

/** Sections of the calculators' UI strings that belong to one calculator (`tm.title`, `net.job` …). */
export type StringSection = 'tm' | 'jm' | 'net' | 'rdb';

/** What one calculator declares; every list of calculators (pages, sidebar, tables, embeds, tests) reads it. */
export interface CalculatorDefinition<N extends string = string> {
  /** The route segment and test hook: `/<lang>/calculators/<name>/`, `data-calculator="<name>"`. */
  readonly name: N;
  /** Its own UI strings: `<strings>.title`, `<strings>.intro`, `index.<strings>` and `<strings>.*`. */
  readonly strings: StringSection;
  /** Further string sections it reads (the JobManager reuses `tm.path`; the network one `rot.*`). */
  readonly alsoStrings?: readonly (StringSection | 'rot')[];
  /** Flink options of the form, in order, each with the group it is shown under (`group.<group>`). */
  readonly fields: readonly (readonly [key: string, group: string])[];
  /**
   * Form inputs that are Flink keys but not memory options, so the model's registry does not hold
   * them (its key report calls them "not memory"). Declared here in the registry's own shape.
   */
  readonly jobOptions?: readonly OptionSpec[];
  /** Link parameters that are not Flink options (the network job editor, RocksDB's use cases). */
  readonly extras: readonly string[];
  /** The calculator page's starting state: flat Flink keys plus extras. */
  readonly preset: Readonly<Record<string, string>>;
  /** Deployment modes offered (local only where Flink reads the options there). */
  readonly modes: readonly DeploymentMode[];
  /** Calculators the results link to with the shared state (`rel.<name>` is the link's text). */
  readonly related?: readonly string[];
}

/** What the island needs to know about one input, already in the page's language. */
export interface FieldSpec {
  key: string;
  type: OptionType;
  /** Translated short name (the registry description up to its first stop). */
  name: string;
  /** One-line description in the page's language. */
  description: string;
  defaults: readonly Versioned<string | null>[];
  since: FlinkVersion;
  removedIn?: FlinkVersion;
  values?: readonly string[];
  /** Heading under which the input is grouped. */
  group: string;
}

/** What a link to another calculator needs to know of it (see `related.tsx`). */
export interface RelatedTarget {
  name: string;
  /** The Flink keys the target has a field for. */
  keys: readonly string[];
  /** The target's starting state (flat keys; `v` / `mode` are replaced by the reader's). */
  preset: Readonly<Record<string, string>>;
  modes: readonly DeploymentMode[];
  /** The link's text in the page's language. */
  text: string;
}

/** A plain-language explanation of one message id, in the page's language. */
export interface Explanation {
  title: string;
  explanation: string;
  fix: string;
}

/** Props a page hands to a calculator island (serialised into the HTML: keep them small). */
export interface IslandOwnProps {
  lang: 'en' | 'zh';
  /** Flat Flink keys plus `v` / `mode`. */
  preset: Record<string, string>;
  /** The explanations the server-rendered result shows (the rest load on demand). */
  explanations: Record<string, Explanation>;
  /** Distinguishes several islands on one page (ids, URL ownership). */
  uid?: string;
  /** Only the page's own calculator reads and writes the URL; embeds keep their state local. */
  syncUrl?: boolean;
  /** The calculator page's path (links from embeds point there). */
  pageHref: string;
}

/** What every calculator island reads from its language's table (`island-data.tsx`). */
export interface IslandData {
  t: CalcStrings;
  fields: FieldSpec[];
  /** Texts of `url.*` problems (a link that could not be applied fully). */
  urlTexts: Record<string, string>;
  /** The calculators the results link to, with what the links carry. */
  related: RelatedTarget[];
  /** What the island needs of its own definition (so the page loads no definition module). */
  calculator: IslandCalculator;
}

/** The part of a `CalculatorDefinition` an island reads at run time. */
export interface IslandCalculator {
  name: string;
  extras: readonly string[];
  modes: readonly DeploymentMode[];
}

/** Props the table wrapper adds: where the table lives (also the key of the in-process hand-over). */
export interface IslandDataRef {
  dataUrl: string;
}

/** What a calculator component receives: its props, its language's table, and whether it is live. */
export type IslandProps = IslandOwnProps &
  IslandData & {
    live: boolean;
    /** Values typed into the server-rendered form before the island went live (by input name). */
    typed?: Readonly<Record<string, string>> | undefined;
  };

/** Calculator state: version, mode, Flink keys, extras (kept in the URL query). */
export interface CalcState {
  v: FlinkVersion;
  mode: DeploymentMode;
  config: Readonly<Record<string, string>>;
  extras: Readonly<Record<string, string>>;
}

/** A result plus `MemorySize.toHumanReadableString()` of every bigint in it, keyed by its digits. */
export interface WithHuman<R> {
  result: R;
  hr: Record<string, string>;
}

/** What a calculator's `compute.ts` provides (loaded lazily in the browser, directly on the server). */
export interface ModelModule<R> {
  compute: (s: CalcState) => WithHuman<R>;
  sizeProblem: (s: string) => string | null;
  durationProblem: (s: string) => string | null;
}

/** How a chapter's embed mounts a calculator (`Island.mount`, see `embed.ts`). */
export type MountIn = (props: IslandOwnProps & IslandDataRef, slot: HTMLElement, extras: readonly string[]) => Promise<void>;

/** A calculator island module: its default export carries `mount` for chapter embeds. */
export interface IslandModule {
  default: { mount: MountIn };
}

/** What the import and export panels receive. */
export interface IoProps {
  t: CalcStrings;
  lang: 'en' | 'zh';
  kind: string;
  v: FlinkVersion;
  mode: DeploymentMode;
  config: Readonly<Record<string, string>>;
  allowedKeys: readonly string[];
  /** The form's options with the file's merged in (`mergeImported`), and the version / mode the text names. */
  onImport: (config: Record<string, string>, detected?: { version?: FlinkVersion; mode?: DeploymentMode }) => void;
}

/** Flink's parse messages for typed values (null when the text parses, or the model is not there yet). */
export interface FieldParsers {
  size: (s: string) => string | null;
  duration: (s: string) => string | null;
}
