/**
 * Feeds text (or a File) to the diagnosis in chunks: in a worker where the browser allows one,
 * otherwise on the main thread with a yield between chunks. Either way the page stays responsive
 * and reports progress.
 */
import { Diagnoser, PASTE_CAP, type Diagnosis } from '~/model/diagnose';

const CHUNK = 1 << 20;

export type Source = string | Blob;

/** The paste or file in chunks, never more than `PASTE_CAP` (a file may be gigabytes). */
async function* chunks(src: Source): AsyncGenerator<string> {
  if (typeof src === 'string') {
    const end = Math.min(src.length, PASTE_CAP);
    for (let i = 0; i < end; i += CHUNK) yield src.slice(i, Math.min(i + CHUNK, end));
    return;
  }
  const end = Math.min(src.size, PASTE_CAP);
  for (let i = 0; i < end; i += CHUNK) yield await src.slice(i, Math.min(i + CHUNK, end)).text();
}

const nextTick = () => new Promise<void>((r) => setTimeout(r, 0));

/** Diagnoses `src`, calling `onProgress(charsRead)` as it goes. */
export async function runDiagnosis(src: Source, onProgress: (chars: number) => void): Promise<Diagnosis> {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  if (!worker) {
    const d = new Diagnoser();
    let read = 0;
    for await (const c of chunks(src)) {
      d.push(c);
      read += c.length;
      onProgress(read);
      await nextTick();
    }
    return d.finish();
  }
  const w = worker;
  return new Promise<Diagnosis>((resolve, reject) => {
    let pending = 0;
    w.onmessage = (e: MessageEvent<{ type: 'progress'; chars: number } | { type: 'done'; result: Diagnosis }>) => {
      if (e.data.type === 'progress') {
        pending--;
        onProgress(e.data.chars);
      } else {
        w.terminate();
        resolve(e.data.result);
      }
    };
    w.onerror = (err) => {
      w.terminate();
      reject(err instanceof ErrorEvent ? new Error(err.message) : new Error('worker failed'));
    };
    w.postMessage({ type: 'start' });
    void (async () => {
      for await (const c of chunks(src)) {
        // Keep at most a few chunks in flight so a huge file is not copied into memory twice.
        while (pending > 3) await new Promise((r) => setTimeout(r, 5));
        pending++;
        w.postMessage({ type: 'chunk', text: c });
      }
      w.postMessage({ type: 'end' });
    })().catch(reject);
  });
}
