/** The localized sentence an element shows for a problem. */
import type { Strings } from '../i18n/strings.js';
import type { KpiProblem } from './problem.js';

export function describeProblem(p: KpiProblem, s: Strings): string {
  const m = s.problem;
  const kind = (k: string | undefined) => (k && s.types[k]) ?? k ?? '';
  const what =
    p.code === 'type' ? m.type(kind(p.expected), kind(p.received))
    : p.code === 'range' ? `${m.range(p.min ?? 0, p.max ?? 0)} (${m.got(p.received ?? '')})`
    : p.code === 'too-small' ? m.tooSmall(p.min ?? 0)
    : p.code === 'too-big' ? m.tooBig(p.max ?? 0)
    : p.code === 'value' ? (p.expected ? m.value(p.expected) : m.compute)
    : p.code === 'http' ? m.http(p.status ?? 0)
    : p.code === 'timeout' ? m.timeout(p.seconds ?? 0)
    // json, required, network, compute, duplicate, reference, format: one sentence each.
    : m[p.code];
  const where = p.field || (p.source === 'src' ? p.url ?? 'src' : p.source);
  const more = p.more ? ` ${m.more(p.more)}` : '';
  return `${where} — ${what}${more}`;
}
