/** Small helpers shared by the element tests. */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Shadow-root text with spaces normalized (Intl uses narrow no-break spaces in French). */
export function shadowText(el: Element, selector?: string): string {
  const root = el.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
}

export const normalize = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();

/** Records every event of these names fired on `target`. */
export function record<T = unknown>(target: EventTarget, ...names: string[]): Array<{ type: string; detail: T }> {
  const seen: Array<{ type: string; detail: T }> = [];
  for (const name of names) target.addEventListener(name, (e) => seen.push({ type: e.type, detail: (e as CustomEvent<T>).detail }));
  return seen;
}

/** Counts errors that escape to the page while a test runs. */
export function watchPageErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export async function mount<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  return fixture<T>(template);
}

export async function until(check: () => boolean, message: string, timeout = 4000): Promise<void> {
  await waitUntil(check, message, { timeout, interval: 10 });
}

/** A URL on the test server answering this JSON. */
export const jsonUrl = (body: unknown, route = 'json', params: Record<string, string> = {}) =>
  `/test-api/${route}?${new URLSearchParams({ ...params, body: typeof body === 'string' ? body : JSON.stringify(body) })}`;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
