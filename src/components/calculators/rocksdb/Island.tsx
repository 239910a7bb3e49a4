/**
 * The RocksDB / managed-memory calculator island: managed memory of the TaskManager (from its
 * configuration), per slot, split by consumer weights; RocksDB's block cache, write buffer manager
 * and high-priority pool per slot and per TaskManager, with Flink's warnings.
 */
import { FigureTable, LogList, Refusal, Results, type FigureRow } from '../kit/results';
import { markInput } from '../kit/marks';
import { PoolDiagram } from '../kit/bars';
import { CalculatorFrame, useCalculator } from '../kit/frame';
import { withIslandData } from '../kit/island-data';
import { importOnce } from '../kit/lazy';
import { fill } from '../kit/viewmodel';
import type { IslandProps, WithHuman } from '../kit/types';
import type { RocksDbView } from './compute';
import { parseUses, USE_CASE_NAMES } from './uses';

const load = importOnce(() => import('./compute'));

function RocksDbCalculator(props: IslandProps & { initial: WithHuman<RocksDbView> }) {
  const { t, explanations } = props;
  const c = useCalculator(props, { load, initial: props.initial });
  const { st } = c;
  const { state } = st;
  const { result: out, hr, pending, failed, uid } = c;
  const uses = parseUses(state.extras['uses']);
  const rows: FigureRow[] = [];
  if (out.ok) {
    rows.push({ name: 'managedPerSlot', label: t['fig.managedPerSlot'], bytes: out.perSlot, human: hr(out.perSlot), level: 0 });
    for (const s of out.shares)
      rows.push({ name: `share.${s.useCase}`, label: t[`rdb.useCase.${s.useCase}`], bytes: s.bytes, human: hr(s.bytes) });
  }
  const sh = out.ok ? (out.rocks?.shared ?? null) : null;
  const perTm = out.ok ? (out.rocks?.perTm ?? null) : null;

  return (
    <CalculatorFrame
      p={props}
      c={c}
      mode={state.mode}
      ok={out.ok}
      errorKeys={out.ok ? [] : (out.error.keys ?? [])}
      summary={{
        items: out.ok
          ? [
              { name: 'managed', label: t['sum.perSlot'], value: hr(out.perSlot) },
              ...(sh
                ? [
                    { name: 'blockCache', label: t['sum.blockCache'], value: hr(sh.cacheCapacity) },
                    { name: 'writeBufferManager', label: t['sum.writeBuffers'], value: hr(sh.writeBufferManagerCapacity) },
                  ]
                : []),
            ]
          : [],
      }}
      inputs={
        <fieldset class="calc__group">
          <legend>{t['rdb.useCases']}</legend>
          {USE_CASE_NAMES.map((u) => (
            <label key={u} class="calc__check">
              <input
                type="checkbox"
                name={`use-${u}`}
                checked={uses.includes(u)}
                onChange={(e) => {
                  markInput();
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const next = USE_CASE_NAMES.filter((x) => (x === u ? on : uses.includes(x)));
                  st.setExtra('uses', next.join(','));
                }}
              />{' '}
              {t[`rdb.useCase.${u}`]}
            </label>
          ))}
        </fieldset>
      }
    >
      <Results
        t={t}
        busy={pending}
        failed={failed}
        announce={
          out.ok
            ? `${t['fig.managedPerSlot']}: ${hr(out.perSlot)}${out.rocks?.shared ? `; ${t['fig.blockCache']}: ${hr(out.rocks.shared.cacheCapacity)}; ${t['fig.writeBufferManager']}: ${hr(out.rocks.shared.writeBufferManagerCapacity)}` : ''}`
            : t.refusedTitle
        }
      >
        {!out.ok ? (
          <Refusal t={t} error={out.error} explanations={explanations} lang={props.lang} />
        ) : (
          <>
            <p class="calc__slots">{fill(t['rdb.slotsLine'], { slots: out.slots })}</p>
            <FigureTable
              t={t}
              rows={[{ name: 'managed', label: t['fig.managed'], bytes: out.managed, human: hr(out.managed), level: 0 }]}
              caption={t['rdb.perTm']}
            />
            <FigureTable t={t} rows={rows} caption={t['rdb.perSlot']} />
            {!out.sbUses || !uses.includes('STATE_BACKEND') ? (
              <p data-rocksdb="none">{t['rdb.noRocksdb']}</p>
            ) : out.rocks && sh && out.rocks.factory ? (
              <>
                <p data-factory={out.rocks.factory}>
                  {fill(t['rdb.factory'], { factory: t[`rdb.factory.${out.rocks.factory}`] })}
                </p>
                <p class="calc__hint" data-rocksdb-accounting="">
                  {t['rdb.inCache']}
                </p>
                <PoolDiagram
                  t={t}
                  uid={uid}
                  human={hr}
                  bars={[
                    {
                      label: `${out.rocks.factory === 'TM_SHARED_UNMANAGED' ? t['rdb.perTm'] : t['rdb.perSlot']}: ${t['fig.rocksdbShare']}`,
                      parts: [
                        { name: 'writeBufferManager', label: t['fig.writeBufferManager'], bytes: sh.writeBufferManagerCapacity },
                        { name: 'highPriority', label: t['fig.highPriority'], bytes: out.rocks.highPriorityPool ?? 0n },
                        { name: 'dataBlocks', label: t['fig.dataBlocks'], bytes: out.blockCacheRest },
                        { name: 'cacheHeadroom', label: t['fig.cacheHeadroom'], bytes: out.cacheHeadroom },
                      ],
                    },
                  ]}
                />
                <FigureTable
                  t={t}
                  caption={out.rocks.factory === 'TM_SHARED_UNMANAGED' ? t['rdb.perTm'] : t['rdb.perSlot']}
                  rows={[
                    { name: 'rocksdbShare', label: t['fig.rocksdbShare'], bytes: sh.size, human: hr(sh.size), level: 0 },
                    { name: 'blockCache', label: t['fig.blockCache'], bytes: sh.cacheCapacity, human: hr(sh.cacheCapacity) },
                    {
                      name: 'writeBufferManager',
                      label: t['fig.writeBufferManager'],
                      bytes: sh.writeBufferManagerCapacity,
                      human: hr(sh.writeBufferManagerCapacity),
                      level: 2,
                    },
                    {
                      name: 'highPriority',
                      label: t['fig.highPriority'],
                      bytes: out.rocks.highPriorityPool ?? 0n,
                      human: hr(out.rocks.highPriorityPool ?? 0n),
                      level: 2,
                    },
                    {
                      name: 'dataBlocks',
                      label: t['fig.dataBlocks'],
                      bytes: out.blockCacheRest,
                      human: hr(out.blockCacheRest),
                      level: 2,
                    },
                    {
                      name: 'cacheHeadroom',
                      label: t['fig.cacheHeadroom'],
                      bytes: out.cacheHeadroom,
                      human: hr(out.cacheHeadroom),
                    },
                  ]}
                />
                {perTm && out.rocks.factory !== 'TM_SHARED_UNMANAGED' && (
                  <FigureTable
                    t={t}
                    caption={t['rdb.perTm']}
                    rows={[
                      {
                        name: 'tm.rocksdbShare',
                        label: t['fig.rocksdbShare'],
                        bytes: perTm.total,
                        human: hr(perTm.total),
                        level: 0,
                      },
                      {
                        name: 'tm.blockCache',
                        label: t['fig.blockCache'],
                        bytes: perTm.cacheCapacity,
                        human: hr(perTm.cacheCapacity),
                      },
                      {
                        name: 'tm.writeBufferManager',
                        label: t['fig.writeBufferManager'],
                        bytes: perTm.writeBufferManagerCapacity,
                        human: hr(perTm.writeBufferManagerCapacity),
                      },
                    ]}
                  />
                )}
                {out.rocks.arena?.ok && (
                  <p data-arena="ok">
                    {fill(t['rdb.arenaOk'], {
                      arena: hr(out.rocks.arena.defaultArenaBlockSize),
                      limit: hr(out.rocks.arena.mutableLimit),
                    })}
                  </p>
                )}
              </>
            ) : (
              <p data-rocksdb="unbounded">{fill(t['rdb.unbounded'], { bound: hr(out.unmanagedPerState) })}</p>
            )}
          </>
        )}
        <LogList t={t} log={out.log} explanations={explanations} />
      </Results>
    </CalculatorFrame>
  );
}

export default withIslandData(RocksDbCalculator, load);
