/** The JobManager calculator island: heap, off-heap with the direct-memory-limit switch, metaspace, overhead. */
import type { JobManagerFigures, JobManagerResult } from '~/model/types';
import type { Advice } from '~/model/advice/types';
import { FigureTable, LogList, figureLabel, figureRows, Refusal, Results } from '../kit/results';
import { PoolDiagram } from '../kit/bars';
import { CopyBlock } from '../kit/copy';
import { CalculatorFrame, useCalculator } from '../kit/frame';
import { withIslandData } from '../kit/island-data';
import { importOnce } from '../kit/lazy';
import type { IslandProps, WithHuman } from '../kit/types';

const JM_TABLE = ['totalProcess', 'totalFlink', 'jvmHeap', 'offHeap', 'jvmMetaspace', 'jvmOverhead'] as const;
const JM_STACK = ['jvmHeap', 'offHeap', 'jvmMetaspace', 'jvmOverhead'] as const;
const LEVEL: Partial<Record<keyof JobManagerFigures, number>> = { totalProcess: 0, totalFlink: 0 };

const load = importOnce(() => import('./compute'));

function JobManagerCalculator(props: IslandProps & { initial: WithHuman<JobManagerResult & { advice?: Advice | undefined }> }) {
  const { t, explanations } = props;
  const c = useCalculator(props, { load, initial: props.initial });
  const { result, hr, pending, failed, uid } = c;
  const mode = c.st.state.mode === 'local' ? 'standalone' : c.st.state.mode;
  const label = (n: string) => figureLabel(t, n);

  return (
    <CalculatorFrame
      p={props}
      c={c}
      mode={mode}
      ok={result.ok}
      errorKeys={result.ok ? [] : (result.error.keys ?? [])}
      summary={{
        items: result.ok
          ? [
              { name: 'totalProcess', label: t['sum.process'], value: hr(result.totalProcess) },
              { name: 'jvmHeap', label: t['sum.heap'], value: hr(result.jvmHeap) },
              { name: 'offHeap', label: t['sum.offHeap'], value: hr(result.offHeap) },
            ]
          : [],
      }}
    >
      <Results
        t={t}
        busy={pending}
        failed={failed}
        announce={
          result.ok
            ? `${t['fig.totalProcess']}: ${hr(result.totalProcess)}; ${t['fig.jvmHeap']}: ${hr(result.jvmHeap)}`
            : t.refusedTitle
        }
      >
        {result.ok ? (
          <>
            <p class="calc__path" data-path={result.path}>
              <strong>{t['tm.path']}:</strong> {t[`jm.path.${result.path}`]}
            </p>
            <PoolDiagram
              t={t}
              uid={uid}
              human={hr}
              bars={[{ label: t.diagramProcess, parts: JM_STACK.map((n) => ({ name: n, label: label(n), bytes: result[n] })) }]}
            />
            <FigureTable t={t} rows={figureRows(t, JM_TABLE, result, hr, LEVEL)} />
            <CopyBlock t={t} label={t.jvmParams} text={result.jvmParams} figure="jvmParams" />
            <details class="calc__panel">
              <summary>
                {t['jm.directOn']} / {t['jm.directOff']}
              </summary>
              <CopyBlock t={t} label={t['jm.directOn']} text={result.jvmParamsDirectLimitOn} figure="jvmParamsDirectLimitOn" />
              <CopyBlock t={t} label={t['jm.directOff']} text={result.jvmParamsDirectLimitOff} figure="jvmParamsDirectLimitOff" />
            </details>
            <CopyBlock t={t} label={t.dynamicConfigs} text={result.dynamicConfigs} figure="dynamicConfigs" />
          </>
        ) : (
          <Refusal t={t} error={result.error} explanations={explanations} advice={result.advice} lang={props.lang} />
        )}
        <LogList t={t} log={result.log} explanations={explanations} />
      </Results>
    </CalculatorFrame>
  );
}

export default withIslandData(JobManagerCalculator, load);
