/**
 * The calculator form's shared parts: version / mode bar, link problems, changed defaults and
 * the option fields generated from the registry (through `FieldSpec`s).
 */
import { useState } from 'preact/hooks';
import { FLINK_VERSIONS, type DeploymentMode, type FlinkVersion } from '~/model/types';
import type { CalcStrings } from '~/i18n/calculators';
import type { UrlProblem } from '~/model/urlstate';
import { copyText } from './copy';
import { useLazy } from './lazy';
import { loadNotes } from './lazy-views';
import { defaultAt, fill, readsKey, syntaxProblem } from './viewmodel';
import type { FieldParsers, FieldSpec } from './types';

/** What in the link was not applied, and why (polite status). */
export function UrlProblems(props: { problems: readonly UrlProblem[]; texts: Readonly<Record<string, string>>; title?: string }) {
  const m = useLazy(loadNotes, props.problems.length > 0).module;
  return m && props.problems.length > 0 ? <m.UrlProblemsView {...props} /> : null;
}

/** Version and deployment-mode selectors, reset and copy link. */
export function VersionModeBar(props: {
  t: CalcStrings;
  uid: string;
  v: FlinkVersion;
  mode: DeploymentMode;
  modes: readonly DeploymentMode[];
  onVersion: (v: FlinkVersion) => void;
  onMode: (m: DeploymentMode) => void;
  onReset: () => void;
  link: () => Promise<string>;
}) {
  const { t, uid } = props;
  return (
    <div class="calc__bar">
      <label class="calc__select">
        <span>{t.version}</span>
        <select
          id={`${uid}-v`}
          name="v"
          value={props.v}
          onChange={(e) => props.onVersion((e.currentTarget as HTMLSelectElement).value as FlinkVersion)}
        >
          {[...FLINK_VERSIONS].reverse().map((v) => (
            <option value={v} key={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {props.modes.length > 1 && (
        <label class="calc__select">
          <span>{t.mode}</span>
          <select
            id={`${uid}-mode`}
            name="mode"
            value={props.mode}
            onChange={(e) => props.onMode((e.currentTarget as HTMLSelectElement).value as DeploymentMode)}
          >
            {props.modes.map((m) => (
              <option value={m} key={m}>
                {t[`mode.${m}`]}
              </option>
            ))}
          </select>
        </label>
      )}
      <span class="calc__actions">
        <button type="button" class="calc__btn" title={t.resetTitle} onClick={props.onReset}>
          {t.reset}
        </button>
        <LinkButton t={t} link={props.link} />
      </span>
    </div>
  );
}

function LinkButton({ t, link }: { t: CalcStrings; link: () => Promise<string> }) {
  const [status, setStatus] = useState<'' | 'ok' | 'fail'>('');
  return (
    <span class="calc__copy">
      <button
        type="button"
        class="calc__btn"
        data-action="copy-link"
        onClick={async () => setStatus((await copyText(await link())) ? 'ok' : 'fail')}
      >
        {t.copyLink}
      </button>
      <span class="calc__copy-status" role="status">
        {status === 'ok' ? t.copied : status === 'fail' ? t.copyFailed : ''}
      </span>
    </span>
  );
}

/** Lists defaults that changed when the reader switched versions. */
export function DefaultChanges(props: {
  t: CalcStrings;
  fields: readonly FieldSpec[];
  from: FlinkVersion | null;
  to: FlinkVersion;
}) {
  const shown = props.from !== null && props.from !== props.to;
  const m = useLazy(loadNotes, shown).module;
  return m && shown ? <m.DefaultChangesView {...props} /> : null;
}

/** The problem with a typed value, in the page's language, or null. */
export function fieldProblem(t: CalcStrings, f: FieldSpec, text: string, parse: FieldParsers): string | null {
  if (text.trim() === '') return null;
  if (f.type === 'memory') {
    const msg = parse.size(text);
    return msg === null ? null : fill(t.invalidSize, { msg });
  }
  if (f.type === 'duration') {
    const msg = parse.duration(text);
    return msg === null ? null : fill(t.invalidDuration, { msg });
  }
  const p = syntaxProblem(f.type, text);
  return p === null ? null : t[p];
}

/** The generated inputs, grouped, for the options `v` reads (others set by the reader stay visible). */
export function Fields(props: {
  t: CalcStrings;
  uid: string;
  fields: readonly FieldSpec[];
  v: FlinkVersion;
  config: Readonly<Record<string, string>>;
  errorKeys: readonly string[];
  onChange: (key: string, value: string) => void;
  parse: FieldParsers;
}) {
  const { t, uid, v, config } = props;
  const shown = props.fields.filter((f) => readsKey(f, v) || (config[f.key] ?? '') !== '');
  const groups: string[] = [];
  for (const f of shown) if (!groups.includes(f.group)) groups.push(f.group);
  return (
    <div class="calc__fields">
      {groups.map((g) => (
        <fieldset class="calc__group" key={g}>
          <legend>{(t as Record<string, string>)[`group.${g}`] ?? g}</legend>
          {shown
            .filter((f) => f.group === g)
            .map((f) => (
              <FieldInput
                key={f.key}
                t={t}
                uid={uid}
                f={f}
                v={v}
                value={config[f.key] ?? ''}
                flagged={props.errorKeys.includes(f.key)}
                onChange={props.onChange}
                parse={props.parse}
              />
            ))}
        </fieldset>
      ))}
    </div>
  );
}

function FieldInput(props: {
  t: CalcStrings;
  uid: string;
  f: FieldSpec;
  v: FlinkVersion;
  value: string;
  flagged: boolean;
  onChange: (key: string, value: string) => void;
  parse: FieldParsers;
}) {
  const { t, f, v, value } = props;
  const id = `${props.uid}-${f.key.replace(/[^\w-]/g, '_')}`;
  const read = readsKey(f, v);
  const def = read ? defaultAt(f.defaults, v) : null;
  const problem = fieldProblem(t, f, value, props.parse);
  const set = value !== '';
  const cls = ['calc__field', set ? 'is-set' : '', props.flagged || problem ? 'is-flagged' : '', read ? '' : 'is-unread']
    .filter(Boolean)
    .join(' ');
  const hintId = `${id}-hint`;
  const errId = `${id}-err`;
  const placeholder = read ? (def ?? t.noDefault) : fill(t.removedInVersion, { v });
  const describedBy = problem ? `${hintId} ${errId}` : hintId;
  const choice = f.type === 'boolean' || (f.type === 'enum' && f.values);
  return (
    <div class={cls} data-key={f.key}>
      <label for={id}>
        <code class="calc__key">{f.key}</code>
        <span class="calc__name">{f.name}</span>
        {set && <span class="calc__badge">{t.explicit}</span>}
      </label>
      <div class="calc__input-row">
        {choice ? (
          <select
            id={id}
            name={f.key}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={props.flagged || problem !== null}
            onChange={(e) => props.onChange(f.key, (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{def === null ? `— ${t.noDefault} —` : `— ${def} —`}</option>
            {(f.type === 'boolean' ? ['true', 'false'] : (f.values ?? [])).map((o) => (
              <option value={o} key={o}>
                {o}
              </option>
            ))}
            {value !== '' && !(f.type === 'boolean' ? ['true', 'false'] : (f.values ?? [])).includes(value) && (
              <option value={value}>{value}</option>
            )}
          </select>
        ) : (
          <input
            id={id}
            name={f.key}
            type="text"
            inputMode={f.type === 'int' || f.type === 'long' ? 'numeric' : f.type === 'memory' ? 'text' : 'decimal'}
            autoComplete="off"
            spellcheck={false}
            value={value}
            placeholder={placeholder}
            aria-describedby={describedBy}
            aria-invalid={props.flagged || problem !== null}
            onInput={(e) => props.onChange(f.key, (e.currentTarget as HTMLInputElement).value)}
          />
        )}
        {set && (
          <button
            type="button"
            class="calc__clear"
            aria-label={fill(t.clearFieldLabel, { key: f.key })}
            onClick={() => props.onChange(f.key, '')}
          >
            ×
          </button>
        )}
      </div>
      <small id={hintId} class="calc__hint">
        {f.description}
      </small>
      {problem && (
        <small id={errId} class="calc__field-error" data-field-error={f.key}>
          {problem}
        </small>
      )}
    </div>
  );
}
