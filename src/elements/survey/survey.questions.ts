/**
 * The templates of one question. A score scale or a choice is a radio group
 * (the APG pattern: one tab stop, arrow keys move and select, Home / End, Space),
 * named by its question; a text question is a labelled textarea.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isRequired, isScored, scaleOf, textIn, type Answer, type Question, type ScoredQuestion } from '../../survey/definition.js';
import type { Lang } from '../../i18n/strings.js';
import type { SurveyStrings } from './survey.strings.js';

export interface QuestionView {
  q: Question;
  answer: Answer | undefined;
  invalid: boolean;
  lang: Lang;
  s: SurveyStrings;
  select: (q: Question, value: Answer) => void;
}

interface Radio {
  value: number | string;
  label: string;
  /** The id of the end label describing it ("0, not at all likely"). */
  ends?: string;
}

/** The words under each end of a scale; CES follows its polarity. */
export function endLabels(q: ScoredQuestion, lang: Lang, s: SurveyStrings): [string, string] {
  const e = s.ends;
  const ends =
    q.type === 'nps' ? [e.npsMin, e.npsMax] : q.type === 'csat' ? [e.csatMin, e.csatMax] : q.higherIsEasier === false ? [e.easy, e.difficult] : [e.difficult, e.easy];
  return [textIn(q.minLabel, lang, ends[0]), textIn(q.maxLabel, lang, ends[1])];
}

/** Arrows move the selection along the group (wrapping at the ends) and the focus with it; Home, End; Space selects. */
function onKeydown(e: KeyboardEvent, radios: Radio[], pick: (value: Radio['value']) => void) {
  const items = [...(e.currentTarget as HTMLElement).children] as HTMLElement[];
  const at = items.indexOf(e.target as HTMLElement);
  const last = items.length - 1;
  const k = e.key;
  let to = k === 'Home' ? 0 : k === 'End' ? last : k === ' ' ? at : /^Arrow(Right|Down)$/.test(k) ? at + 1 : /^Arrow(Left|Up)$/.test(k) ? at - 1 : NaN;
  if (at < 0 || Number.isNaN(to)) return;
  e.preventDefault();
  to = to > last ? 0 : to < 0 ? last : to;
  pick(radios[to]!.value);
  items[to]!.focus();
}

function radioGroup(v: QuestionView, radios: Radio[], scale: boolean): TemplateResult {
  const id = `q-${v.q.id}`;
  const selected = radios.findIndex((r) => r.value === v.answer);
  const pick = (value: Radio['value']) => v.select(v.q, value);
  // A scale's end labels describe the whole group: read on entering it, wherever the focus lands.
  const described = (scale ? `${id}-min ${id}-max ` : '') + (v.invalid ? `${id}-error` : '');
  return html`<div
    role="radiogroup"
    class=${scale ? `scale points-${radios.length}` : 'list'}
    part=${scale ? 'scale' : 'choices'}
    aria-labelledby="${id}-label"
    aria-required=${isRequired(v.q)}
    aria-invalid=${v.invalid}
    aria-describedby=${ifDefined(described || undefined)}
    @keydown=${(e: KeyboardEvent) => onKeydown(e, radios, pick)}
  >
    ${radios.map(
      (r, i) =>
        html`<span
          role="radio"
          class="option"
          part="option"
          tabindex=${i === Math.max(0, selected) ? 0 : -1}
          aria-checked=${i === selected}
          aria-describedby=${ifDefined(r.ends)}
          @click=${() => pick(r.value)}
          >${r.label}</span
        >`,
    )}
  </div>`;
}

function scale(v: QuestionView, q: ScoredQuestion): TemplateResult {
  const id = `q-${q.id}`;
  const { min, max } = scaleOf(q);
  const [low, high] = endLabels(q, v.lang, v.s);
  const radios: Radio[] = [];
  for (let n = min; n <= max; n++) radios.push({ value: n, label: String(n), ends: n === min ? `${id}-min` : n === max ? `${id}-max` : undefined });
  return html`${radioGroup(v, radios, true)}
    <div class="ends" part="ends"><span id="${id}-min">${low}</span><span id="${id}-max">${high}</span></div>`;
}

export function renderQuestion(v: QuestionView): TemplateResult {
  const { q, s, lang } = v;
  const id = `q-${q.id}`;
  const text = html`${textIn(q.label, lang, q.type === 'choice' ? '' : s.question[q.type])}${isRequired(q) ? nothing : html` <span class="muted">${s.optional}</span>`}`;
  const described = ifDefined(v.invalid ? `${id}-error` : undefined);
  const body = isScored(q)
    ? scale(v, q)
    : q.type === 'choice'
      ? radioGroup(v, q.options!.map((o) => ({ value: o.value, label: textIn(o.label, lang) })), false)
      : html`<textarea
          id="${id}-input"
          part="text"
          rows="3"
          maxlength="2000"
          aria-required=${isRequired(q)}
          aria-invalid=${v.invalid}
          aria-describedby=${described}
          .value=${typeof v.answer === 'string' ? v.answer : ''}
          @input=${(e: Event) => v.select(q, (e.target as HTMLTextAreaElement).value)}
        ></textarea>`;
  // A radio group is named by the question through aria-labelledby; a textarea through its <label>.
  const label =
    q.type === 'text'
      ? html`<label class="label" part="label" id="${id}-label" for="${id}-input">${text}</label>`
      : html`<p class="label" part="label" id="${id}-label">${text}</p>`;
  return html`<div class="question" part="question">
    ${label}${body}${v.invalid ? html`<p class="invalid" part="invalid" id="${id}-error">${s.answerThis}</p>` : nothing}
  </div>`;
}

/** Where focus goes to fix a question: its selected (or first) radio, or its textarea. */
export function focusTarget(root: ParentNode, index: number): HTMLElement | null {
  return root.querySelectorAll('.question')[index]?.querySelector<HTMLElement>('[tabindex="0"], textarea') ?? null;
}
