/// <reference lib="webworker" />
/**
 * Reads a pasted configuration off the main thread: a 1 MB YAML takes seconds to parse, which
 * must not freeze the page. One message in (`ImportRequest`), one `ImportOutcome` out.
 */
import { importConfig, type ImportRequest } from './importexport';

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  const { text, ...opts } = e.data;
  self.postMessage(importConfig(text, opts));
};
