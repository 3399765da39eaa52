/** The localized sentence an element shows for a problem. */
import type { Strings } from '../i18n/strings.js';
import type { KpiProblem } from './problem.js';

export function describeProblem(p: KpiProblem, s: Strings): string {
  const m = s.problem;
  const kind = (k: string | undefined) => (k && s.types[k]) ?? k ?? '';
  let what: string;
  switch (p.code) {
    case 'json': what = m.json; break;
    case 'type': what = m.type(kind(p.expected), kind(p.received)); break;
    case 'required': what = m.required; break;
    case 'range': what = `${m.range(p.min ?? 0, p.max ?? 0)} (${m.got(p.received ?? '')})`; break;
    case 'too-small': what = m.tooSmall(p.min ?? 0); break;
    case 'too-big': what = m.tooBig(p.max ?? 0); break;
    case 'value': what = p.expected ? m.value(p.expected) : m.compute; break;
    case 'http': what = m.http(p.status ?? 0); break;
    case 'timeout': what = m.timeout(p.seconds ?? 0); break;
    case 'network': what = m.network; break;
    case 'compute': what = m.compute; break;
    case 'duplicate': what = m.duplicate; break;
    case 'reference': what = m.reference; break;
    case 'format': what = m.format; break;
  }
  const where = p.field || (p.source === 'src' ? p.url ?? 'src' : p.source);
  const more = p.more ? ` ${m.more(p.more)}` : '';
  return `${where} — ${what}${more}`;
}
