/**
 * The Web Worker that reads a large `src` body for an element: parse, validate
 * with the document schema (problems name the field of the input, as on the
 * main thread), and answer the document's aggregate form (`compactDocument`),
 * a few kilobytes whatever the number of rows.
 */
import { compactDocument } from '../engine/compact.js';
import { KpiDocumentSchema } from '../engine/schemas.js';
import { jsonProblem } from './fetch-json.js';
import { problemFromIssues } from './problem.js';
import type { WorkerAnswer, WorkerJob } from './read-in-worker.js';

// The DOM library types `self` as a window; in a worker only these two matter.
const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerJob>) => void) | null; postMessage(answer: WorkerAnswer): void };

async function read({ body, url }: WorkerJob): Promise<WorkerAnswer> {
  let raw: unknown;
  try {
    raw = JSON.parse(await body.text());
  } catch (error) {
    return { problem: jsonProblem(url, error) };
  }
  const result = KpiDocumentSchema.safeParse(raw);
  if (!result.success) return { problem: { ...problemFromIssues(result.error.issues, raw, 'src'), url } };
  return { value: compactDocument(result.data) };
}

scope.onmessage = async (event) => scope.postMessage(await read(event.data));
