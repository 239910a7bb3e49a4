/// <reference lib="webworker" />
/**
 * Runs the diagnosis off the main thread so a 20 MB log never freezes the page. Messages:
 * `{type:'start'}`, `{type:'chunk', text}` (acknowledged with progress), `{type:'end'}` → result.
 */
import { Diagnoser } from '~/model/diagnose';

let d = new Diagnoser();
let chars = 0;

self.onmessage = (e: MessageEvent<{ type: 'start' } | { type: 'chunk'; text: string } | { type: 'end' }>) => {
  const m = e.data;
  if (m.type === 'start') {
    d = new Diagnoser();
    chars = 0;
  } else if (m.type === 'chunk') {
    d.push(m.text);
    chars += m.text.length;
    self.postMessage({ type: 'progress', chars });
  } else {
    self.postMessage({ type: 'done', result: d.finish() });
  }
};
