import { expect } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/kpi-survey.js';
import type { KpiSurvey } from '../../src/elements/survey/survey.component.js';
import type { KpiErrorDetail, KpiSurveyQueuedDetail, KpiSurveySentDetail, KpiSurveySubmitDetail } from '../../src/data/events.js';
import { ResponseSchema } from '../../src/engine/schemas.js';
import { sharedOutbox } from '../../src/survey/delivery.js';
import { mount, normalize, record, shadowText, sleep, until } from '../helpers.js';
import { clearSurveyStorage, collector, goOffline, inSurveyDb, received, receivedSoon } from '../survey/helpers.js';

type Events = Array<{ type: string; detail: unknown }>;
const EVENTS = ['kpi-survey-submit', 'kpi-survey-sent', 'kpi-survey-queued', 'kpi-error'];

const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')];
const group = (el: Element, i = 0) => el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radiogroup]')[i]!;
const checked = (el: Element) => radios(el).filter((r) => r.getAttribute('aria-checked') === 'true').map((r) => r.textContent);
const byText = (el: Element, text: string) => radios(el).find((r) => r.textContent === text)!;
const ends = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=ends] span')].map((s) => normalize(s.textContent));
const send = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
const of = <T>(events: Events, type: string) => events.filter((e) => e.type === type).map((e) => e.detail as T);

/** The innermost focused element, through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Answers a scored question by clicking its score, and waits for the render. */
async function pick(el: KpiSurvey, score: string, index = 0) {
  [...group(el, index).querySelectorAll<HTMLElement>('[role=radio]')].find((r) => r.textContent === score)!.click();
  await el.updateComplete;
}

const FLOW = JSON.stringify({
  id: 'support-flow',
  questions: [
    { id: 'score', type: 'nps' },
    { id: 'why', type: 'text', showIf: { question: 'score', lte: 6 } },
    { id: 'topic', type: 'choice', label: { en: 'What was it about?', fr: 'À quel sujet ?' }, options: [{ value: 'billing', label: { en: 'Billing', fr: 'Facturation' } }, { value: 'other', label: { en: 'Other', fr: 'Autre' } }], required: false },
  ],
  thanks: { en: 'Thanks, noted.', fr: 'Merci, c’est noté.' },
});

describe('<kpi-survey>', () => {
  beforeEach(async () => {
    await clearSurveyStorage();
    // Fast retries for the tests: 50 ms, doubling.
    sharedOutbox().options.baseDelay = 50;
  });
  afterEach(clearSurveyStorage);

  it('renders a one-question NPS survey from attributes, in French, as a radio group named by its question', async () => {
    const el = await mount<KpiSurvey>(html`<kpi-survey metric="nps" channel="chat" touchpoint="after-chat" lang="fr"></kpi-survey>`);
    expect(radios(el).map((r) => r.textContent)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const g = group(el);
    const label = el.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!)!;
    expect(normalize(label.textContent)).to.equal('Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue ?');
    expect(ends(el)).to.deep.equal(['Pas du tout probable', 'Extrêmement probable']);
    expect(shadowText(el, '[part=submit]')).to.equal('Envoyer');
    // Roving tabindex: one tab stop, the first radio while nothing is chosen.
    expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]);
  });

  it('reads the end labels out with the end scores (accessibility tree)', async () => {
    await mount<KpiSurvey>(html`<kpi-survey metric="nps" lang="en"></kpi-survey>`);
    const tree = (await a11ySnapshot({})) as unknown as { children?: unknown[] };
    const nodes: Array<{ role: string; name: string; description?: string }> = [];
    const walk = (n: { role?: string; name?: string; description?: string; children?: unknown[] }) => {
      if (n.role) nodes.push({ role: n.role, name: n.name ?? '', description: n.description });
      (n.children as typeof n[] | undefined)?.forEach(walk);
    };
    walk(tree);
    // (The group itself is pruned from this "interesting nodes" tree; its name is checked through aria-labelledby above.)
    const radiosInTree = nodes.filter((n) => n.role === 'radio');
    expect(radiosInTree).to.have.length(11);
    expect([radiosInTree[0]!.name, radiosInTree[0]!.description]).to.deep.equal(['0', 'Not at all likely']);
    expect([radiosInTree[10]!.name, radiosInTree[10]!.description]).to.deep.equal(['10', 'Extremely likely']);
    expect(radiosInTree[5]!.description).to.equal(undefined);
  });

  it('posts the §3 payload once, with its response id as Idempotency-Key, and says thanks', async () => {
    const { url, key } = collector('ok');
    const el = await mount<KpiSurvey>(
      html`<kpi-survey metric="nps" channel="chat" touchpoint="after-chat" stage="support" comment="always" action=${url} lang="en"></kpi-survey>`,
    );
    const events = record(el, ...EVENTS);
    await pick(el, '9');
    const text = el.shadowRoot!.querySelector('textarea')!;
    text.value = 'Quick and kind';
    text.dispatchEvent(new Event('input'));
    const before = Date.now();
    send(el);
    await until(() => of(events, 'kpi-survey-sent').length === 1, 'sent');
    const [request, ...more] = await received(key);
    expect(more).to.deep.equal([]);
    const body = request!.body;
    expect(request!.idempotencyKey).to.equal(body.responseId);
    expect(body.responseId).to.match(/^[0-9a-f-]{36}$/);
    expect(body.answers).to.deep.equal({ score: 9, comment: 'Quick and kind' });
    const [item] = body.responses!;
    expect(item).to.include({ metric: 'nps', score: 9, min: 0, max: 10, channel: 'chat', touchpoint: 'after-chat', stage: 'support', comment: 'Quick and kind', responseId: body.responseId, survey: 'nps-chat-after-chat' });
    expect(item!.id).to.match(/^[0-9a-f-]{36}$/).and.not.equal(body.responseId);
    expect(Date.parse(item!.at as string)).to.be.within(before - 1000, Date.now());
    expect(ResponseSchema.safeParse(item).success).to.equal(true);
    // The events: the scored answer (9 is a promoter), then sent.
    const [submit] = of<KpiSurveySubmitDetail>(events, 'kpi-survey-submit');
    expect(submit!.scores.map((s) => [s.rating, s.negative])).to.deep.equal([['promoter', false]]);
    expect(submit!.negative).to.equal(false);
    expect(of<KpiSurveySentDetail>(events, 'kpi-survey-sent')).to.deep.equal([{ responseId: body.responseId, survey: 'nps-chat-after-chat', attempts: 1, status: 200 }]);
    expect(shadowText(el, '[part=thanks]')).to.equal('Thank you for your answer!');
    expect(el.shadowRoot!.querySelector('[part=thanks]')!.getAttribute('role')).to.equal('status');
  });

  it('500 then 200: queued, then sent once more under the same id', async () => {
    const { url, key } = collector('fail-once');
    const el = await mount<KpiSurvey>(html`<kpi-survey metric="csat" action=${url} lang="en"></kpi-survey>`);
    const events = record(el, ...EVENTS);
    await pick(el, '2');
    send(el);
    await until(() => of(events, 'kpi-survey-queued').length === 1, 'queued');
    const [queued] = of<KpiSurveyQueuedDetail>(events, 'kpi-survey-queued');
    expect(queued).to.include({ reason: 'http', status: 500, attempts: 1 });
    expect(Date.parse(queued!.retryAt)).to.be.above(Date.now() - 1000);
    await el.updateComplete;
    expect(shadowText(el, '[part=note]')).to.equal('Your answer is saved on this device and will be sent as soon as possible.');
    await until(() => of(events, 'kpi-survey-sent').length === 1, 'sent on retry');
    const got = await received(key);
    expect(got.map((r) => r.idempotencyKey)).to.deep.equal([queued!.responseId, queued!.responseId]);
    expect(got[0]!.body).to.deep.equal(got[1]!.body);
    // A 2 on CSAT 1–5 is not satisfied: the host can raise an alert at once.
    const [submit] = of<KpiSurveySubmitDetail>(events, 'kpi-survey-submit');
    expect(submit!.scores[0]).to.include({ rating: 'not-satisfied', negative: true });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=note]')).to.equal(null);
  });

  it('offline: queued, then sent on `online`', async () => {
    const { url, key } = collector('ok');
    const el = await mount<KpiSurvey>(html`<kpi-survey metric="nps" action=${url} lang="en"></kpi-survey>`);
    const events = record(el, ...EVENTS);
    const online = goOffline();
    try {
      await pick(el, '10');
      send(el);
      await until(() => of(events, 'kpi-survey-queued').length === 1, 'queued');
      expect(of<KpiSurveyQueuedDetail>(events, 'kpi-survey-queued')[0]!.reason).to.equal('offline');
      expect(await received(key)).to.deep.equal([]);
    } finally {
      online();
    }
    window.dispatchEvent(new Event('online'));
    await until(() => of(events, 'kpi-survey-sent').length === 1, 'sent when online');
    expect((await received(key)).length).to.equal(1);
  });

  it('a queued answer survives a reload: a new element on the same storage sends it once', async () => {
    const { url, key } = collector('ok');
    const first = await mount<KpiSurvey>(html`<kpi-survey metric="nps" survey-id="reload" action=${url} lang="en"></kpi-survey>`);
    const online = goOffline();
    let responseId: string;
    try {
      const events = record(first, ...EVENTS);
      await pick(first, '4');
      send(first);
      await until(() => of(events, 'kpi-survey-queued').length === 1, 'queued');
      responseId = of<KpiSurveyQueuedDetail>(events, 'kpi-survey-queued')[0]!.responseId;
    } finally {
      online();
    }
    // The page goes: element gone, outbox stopped, retry far away (only a reload can send it now).
    first.remove();
    sharedOutbox().stop();
    expect(await inSurveyDb('queue', 'readonly', (s) => s.get(responseId!))).to.deep.include({ id: responseId!, action: url });
    // The next page: the same survey again.
    const wrapper = await mount<HTMLDivElement>(html`<div></div>`);
    const events = record(wrapper, ...EVENTS);
    const next = document.createElement('kpi-survey');
    next.setAttribute('survey-id', 'reload');
    next.setAttribute('metric', 'nps');
    wrapper.append(next);
    await until(() => of(events, 'kpi-survey-sent').length === 1, 'sent by the next page');
    await sleep(200);
    expect((await received(key)).map((r) => r.idempotencyKey)).to.deep.equal([responseId!]);
    expect(of<KpiSurveySentDetail>(events, 'kpi-survey-sent')[0]).to.include({ responseId: responseId!, survey: 'reload' });
    expect(await inSurveyDb('queue', 'readonly', (s) => s.get(responseId!))).to.equal(undefined);
  });

  it('400: not retried, the error is shown and fired', async () => {
    const { url, key } = collector('reject');
    const el = await mount<KpiSurvey>(html`<kpi-survey metric="nps" action=${url} lang="fr"></kpi-survey>`);
    const events = record(el, ...EVENTS);
    await pick(el, '8');
    send(el);
    await until(() => of(events, 'kpi-error').length === 1, 'kpi-error');
    const [error] = of<KpiErrorDetail>(events, 'kpi-error');
    expect(error).to.include({ source: 'action', field: 'action', code: 'http', status: 400, url });
    expect(normalize(error!.message)).to.equal('action — le serveur a répondu HTTP 400');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(normalize(alert.textContent)).to.equal('Votre réponse n’a pas pu être enregistrée. action — le serveur a répondu HTTP 400');
    await sleep(400); // many backoff periods
    expect((await received(key)).length).to.equal(1);
    expect(of(events, 'kpi-survey-sent')).to.deep.equal([]);
    expect(of(events, 'kpi-survey-queued')).to.deep.equal([]);
  });

  it('shows a bad definition as an error naming the field, and fires kpi-error', async () => {
    const bad = JSON.stringify({ id: 's', questions: [{ id: 'score', type: 'nps' }, { id: 'why', type: 'text', showIf: { question: 'scor', lte: 6 } }] });
    const wrapper = await mount<HTMLDivElement>(html`<div></div>`);
    const events = record(wrapper, 'kpi-error');
    const el = document.createElement('kpi-survey');
    el.setAttribute('lang', 'en');
    el.setAttribute('definition', bad);
    wrapper.append(el);
    await el.updateComplete;
    expect(normalize(el.shadowRoot!.querySelector('[role=alert]')!.textContent)).to.equal(
      'This survey cannot be shown. questions[1].showIf.question — must name an earlier question',
    );
    expect(of<KpiErrorDetail>(events, 'kpi-error')[0]).to.include({ source: 'definition', field: 'questions[1].showIf.question', code: 'reference' });
    // Not JSON at all; a CMS editor's typo in an attribute.
    el.setAttribute('definition', '{"id": "s", "questions": [');
    await el.updateComplete;
    expect(shadowText(el, '[role=alert]')).to.equal('This survey cannot be shown. definition — is not valid JSON');
    const typo = await mount<KpiSurvey>(html`<kpi-survey metric="npx" lang="fr"></kpi-survey>`);
    expect(shadowText(typo, '[role=alert]')).to.equal('Ce questionnaire ne peut pas être affiché. metric — doit être l’une de ces valeurs : nps, csat, ces, choice, text');
    expect(of(events, 'kpi-error')).to.have.length(2);
  });

  it('requestSubmit() twice in one task, or a listener submitting again: one response, one id, one POST', async () => {
    const { url, key } = collector('ok');
    const el = await mount<KpiSurvey>(html`<kpi-survey metric="nps" action=${url} lang="en"></kpi-survey>`);
    const events = record(el, ...EVENTS);
    // A host listener that submits again from inside kpi-survey-submit.
    const form = () => el.shadowRoot!.querySelector('form');
    el.addEventListener('kpi-survey-submit', () => form()?.requestSubmit());
    await pick(el, '10');
    form()!.requestSubmit();
    form()!.requestSubmit();
    await until(() => of(events, 'kpi-survey-sent').length === 1, 'sent');
    await sleep(200);
    const got = await received(key);
    expect(of(events, 'kpi-survey-submit')).to.have.length(1);
    expect(got).to.have.length(1);
    expect(got[0]!.idempotencyKey).to.equal(of<KpiSurveySubmitDetail>(events, 'kpi-survey-submit')[0]!.responseId);
  });

  it('numeric attributes out of range (timeout="0", "abc", delay="-1", sample="5") fall back to their defaults and fire kpi-error naming each', async () => {
    // The collector answers 200 after 300 ms: with timeout="0" every POST would count as timed out.
    const { url, key } = collector('slow');
    const wrapper = await mount<HTMLDivElement>(html`<div></div>`);
    const events = record(wrapper, ...EVENTS);
    const el = document.createElement('kpi-survey') as KpiSurvey;
    for (const [k, v] of Object.entries({ metric: 'nps', lang: 'en', action: url, timeout: '0', delay: '-1', sample: '5' })) el.setAttribute(k, v);
    wrapper.append(el);
    await el.updateComplete;
    const errors = of<KpiErrorDetail>(events, 'kpi-error');
    expect(errors.map((e) => [e.field, e.code, e.min, e.max])).to.have.deep.members([['timeout', 'range', 0.1, 300], ['delay', 'range', 0, 86400], ['sample', 'range', 0, 1]]);
    expect(errors.find((e) => e.field === 'timeout')!.message).to.equal('timeout — must be from 0.1 to 300');
    // Shown at once (delay 0) to everyone (sample 1), and the answer sent within the default 10 s.
    await pick(el, '9');
    send(el);
    await until(() => of(events, 'kpi-survey-sent').length === 1, 'sent');
    expect(of(events, 'kpi-survey-queued')).to.deep.equal([]);
    expect((await received(key)).length).to.equal(1);
    // Not a number at all: the same; a valid value again: used, and no more errors.
    el.setAttribute('timeout', 'abc');
    await el.updateComplete;
    expect(of<KpiErrorDetail>(events, 'kpi-error').slice(3).map((e) => [e.field, e.received])).to.deep.equal([['timeout', 'NaN']]);
    el.setAttribute('timeout', '2.5');
    await el.updateComplete;
    expect(of(events, 'kpi-error')).to.have.length(4);
  });

  it('asks "why?" only after a low score (showIf), and sends it as the comment', async () => {
    const { url, key } = collector('ok');
    const el = await mount<KpiSurvey>(html`<kpi-survey definition=${FLOW} action=${url} lang="en" channel="email"></kpi-survey>`);
    const events = record(el, ...EVENTS);
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    await pick(el, '3');
    const why = el.shadowRoot!.querySelector('textarea')!;
    expect(normalize(el.shadowRoot!.querySelector(`label[for=${why.id}]`)!.textContent)).to.equal('What is the main reason for your score? (optional)');
    await pick(el, '9');
    expect(el.shadowRoot!.querySelector('textarea'), 'hidden again for a promoter').to.equal(null);
    await pick(el, '5');
    const text = el.shadowRoot!.querySelector('textarea')!;
    text.value = 'Slow';
    text.dispatchEvent(new Event('input'));
    await pick(el, 'Billing', 1);
    send(el);
    await until(() => of(events, 'kpi-survey-sent').length === 1, 'sent');
    const [{ body }] = (await received(key)) as unknown as [{ body: { answers: unknown; responses: Array<Record<string, unknown>> } }];
    expect(body.answers).to.deep.equal({ score: 5, why: 'Slow', topic: 'billing' });
    expect(body.responses).to.have.length(1);
    expect(body.responses[0]).to.include({ score: 5, comment: 'Slow', channel: 'email', survey: 'support-flow' });
    expect(of<KpiSurveySubmitDetail>(events, 'kpi-survey-submit')[0]!.negative).to.equal(true);
    expect(shadowText(el, '[part=thanks]')).to.equal('Thanks, noted.');
  });

  it('can be completed with the keyboard only', async () => {
    const { url, key } = collector('ok');
    const wrapper = await mount<HTMLDivElement>(html`<div><button id="before">before</button><kpi-survey metric="ces" scale="5" action=${url} lang="en"></kpi-survey></div>`);
    const el = wrapper.querySelector('kpi-survey')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    // Enter on Send with nothing chosen: the question says so and gets the focus.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent).to.equal('1');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadowText(el, '[part=invalid]')).to.equal('Please answer this question.');
    expect(group(el).getAttribute('aria-invalid')).to.equal('true');
    expect(deepActive()?.textContent).to.equal('1');
    // Arrows move and select; they wrap at the ends; Home / End jump.
    await sendKeys({ press: 'ArrowLeft' });
    expect(checked(el)).to.deep.equal(['5']);
    await sendKeys({ press: 'ArrowRight' });
    expect(checked(el)).to.deep.equal(['1']);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    expect(checked(el)).to.deep.equal(['3']);
    expect(deepActive()?.textContent).to.equal('3');
    await el.updateComplete;
    expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([-1, -1, 0, -1, -1]);
    expect(el.shadowRoot!.querySelector('[part=invalid]')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('[part=thanks]') !== null, 'thanks');
    // Focus moves to the thanks, so a keyboard user is not dropped on <body>.
    await el.updateComplete;
    expect(deepActive()?.getAttribute('part')).to.equal('thanks');
    const got = await receivedSoon(key);
    expect(got).to.have.length(1);
    // CES 1–5, higher is easier by default: 3 is the midpoint.
    expect(got[0]!.body.responses![0]).to.include({ metric: 'ces', score: 3, min: 1, max: 5, higherIsEasier: true });
  });

  it('is a form field: its answers are form data, `required` validity, form.reset()', async () => {
    const form = await mount<HTMLFormElement>(html`<form><kpi-survey name="feedback" metric="csat" comment="negative" required lang="en"></kpi-survey></form>`);
    const el = form.querySelector('kpi-survey')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    // Inside a form without `action`, the form sends the answers: no Send button of its own.
    expect(el.shadowRoot!.querySelector('[part=submit]')).to.equal(null);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    await pick(el as KpiSurvey, '2');
    const text = el.shadowRoot!.querySelector('textarea')!;
    text.value = 'Late delivery';
    text.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect([...new FormData(form)]).to.deep.equal([
      ['feedback.score', '2'],
      ['feedback.comment', 'Late delivery'],
    ]);
    // A submit event carries them too.
    let submitted: Array<[string, FormDataEntryValue]> = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = [...new FormData(form)];
    });
    form.requestSubmit();
    expect(submitted).to.deep.equal([
      ['feedback.score', '2'],
      ['feedback.comment', 'Late delivery'],
    ]);
    form.reset();
    await el.updateComplete;
    expect([...new FormData(form)]).to.deep.equal([]);
    expect(checked(el)).to.deep.equal([]);
    expect(form.checkValidity()).to.equal(false);
  });

  it('`once` shows a survey once per browser', async () => {
    const first = await mount<KpiSurvey>(html`<kpi-survey metric="nps" survey-id="once-test" once lang="en"></kpi-survey>`);
    expect(radios(first)).to.have.length(11);
    const again = await mount<KpiSurvey>(html`<kpi-survey metric="nps" survey-id="once-test" once lang="en"></kpi-survey>`);
    expect(again.shadowRoot!.children.length === 0 || again.shadowRoot!.querySelector('[part=base]') === null).to.equal(true);
    const other = await mount<KpiSurvey>(html`<kpi-survey metric="nps" survey-id="another" once lang="en"></kpi-survey>`);
    expect(radios(other)).to.have.length(11);
  });

  it('`sample`: 0 asks nobody; the same user id always gets the same decision', async () => {
    const none = await mount<KpiSurvey>(html`<kpi-survey metric="nps" sample="0" user-id="u-1"></kpi-survey>`);
    expect(none.shadowRoot!.querySelector('[part=base]')).to.equal(null);
    const shown: boolean[] = [];
    for (const user of ['u-1', 'u-2', 'u-3', 'u-1', 'u-2', 'u-3']) {
      const el = await mount<KpiSurvey>(html`<kpi-survey metric="nps" sample="0.5" user-id=${user}></kpi-survey>`);
      shown.push(el.shadowRoot!.querySelector('[part=base]') !== null);
    }
    expect(shown.slice(3)).to.deep.equal(shown.slice(0, 3));
  });

  it('`delay` holds the survey back', async () => {
    const el = await mount<KpiSurvey>(html`<kpi-survey metric="nps" delay="0.2"></kpi-survey>`);
    expect(el.shadowRoot!.querySelector('[part=base]')).to.equal(null);
    await until(() => el.shadowRoot!.querySelector('[part=base]') !== null, 'shown after the delay', 2000);
  });

  it('lets the page keep the answer: a cancelled kpi-survey-submit posts nothing', async () => {
    const { url, key } = collector('ok');
    const el = await mount<KpiSurvey>(html`<kpi-survey metric="nps" action=${url} @kpi-survey-submit=${(e: Event) => e.preventDefault()}></kpi-survey>`);
    await pick(el, '7');
    send(el);
    await sleep(200);
    expect(await received(key)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part=thanks]')).to.not.equal(null);
  });

  it('has 44 px targets and a visible focus ring', async () => {
    const el = await mount<KpiSurvey>(html`<kpi-survey metric="nps" action="/x" lang="en"></kpi-survey>`);
    for (const r of [...radios(el), el.shadowRoot!.querySelector('[part=submit]')!]) {
      const box = r.getBoundingClientRect();
      expect(box.width, r.textContent!).to.be.at.least(44);
      expect(box.height, r.textContent!).to.be.at.least(44);
    }
    const wrapper = document.createElement('button');
    el.before(wrapper);
    wrapper.focus();
    await sendKeys({ press: 'Tab' });
    const style = getComputedStyle(deepActive()!);
    expect([style.outlineStyle, style.outlineWidth]).to.deep.equal(['solid', '3px']);
    wrapper.remove();
  });

  it('draws 0–10 as one row of eleven equal buttons, or, below 24.5 em, as two rows of six equal columns (0–5, 6–10)', async () => {
    const rows = async (width: number) => {
      const el = await mount<KpiSurvey>(html`<kpi-survey style="width: ${width}px" metric="nps" action="/x" lang="fr"></kpi-survey>`);
      const boxes = radios(el).map((r) => r.getBoundingClientRect());
      const tops = [...new Set(boxes.map((b) => Math.round(b.top)))];
      const widths = boxes.map((b) => b.width);
      el.remove();
      return { perRow: tops.map((t) => boxes.filter((b) => Math.round(b.top) === t).length), widest: Math.max(...widths), narrowest: Math.min(...widths) };
    };
    // 640 px: a 640 − 2 × (12 padding + 1 border) = 614 px form holds 11 buttons of (614 − 10 gaps of 4 px) / 11 ≈ 52.2 px.
    const wide = await rows(640);
    expect(wide.perRow).to.deep.equal([11]);
    expect(wide.widest - wide.narrowest).to.be.below(1);
    expect(wide.narrowest).to.be.within(51.9, 52.5);
    // 240 px: the form is 240 − 26 = 214 px < 24.5 em (392 px): six columns of (214 − 5 gaps of 4 px) / 6 ≈ 32.3 px.
    const narrow = await rows(240);
    expect(narrow.perRow).to.deep.equal([6, 5]);
    expect(narrow.widest - narrow.narrowest).to.be.below(1);
    expect(narrow.narrowest).to.be.within(32, 32.7);
  });

  it('shows a choice as radio options: a ring before each, filled on the chosen one', async () => {
    const definition = JSON.stringify({ id: 'pick', questions: [{ id: 'why', type: 'choice', label: 'Why?', options: [{ value: 'price', label: 'Price' }, { value: 'help', label: 'Help' }] }] });
    const el = await mount<KpiSurvey>(html`<kpi-survey definition=${definition} action="/x" lang="en"></kpi-survey>`);
    const mark = (r: HTMLElement) => getComputedStyle(r, '::before');
    const [price, help] = radios(el);
    expect(mark(price!).borderTopStyle).to.equal('solid');
    expect(mark(price!).borderRadius).to.equal('50%');
    const empty = mark(help!).backgroundColor;
    price!.click();
    await el.updateComplete;
    expect(mark(price!).backgroundColor).to.not.equal(empty);
    expect(checked(el)).to.deep.equal(['Price']);
  });

  it('takes its language from the page and follows a change', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="fr"><kpi-survey metric="csat"></kpi-survey></div>`);
    const el = wrapper.querySelector('kpi-survey')!;
    await el.updateComplete;
    expect(ends(el)).to.deep.equal(['Très insatisfait', 'Très satisfait']);
    wrapper.setAttribute('lang', 'en');
    await until(() => ends(el).join() === 'Very dissatisfied,Very satisfied', 'switches to English');
  });

  it('does not throw when its module is loaded twice', async () => {
    const first = customElements.get('kpi-survey');
    await import(/* @vite-ignore */ `../../src/elements/survey/survey.ts?again=${Date.now()}`);
    expect(customElements.get('kpi-survey')).to.equal(first);
  });

  describe('accessibility (axe)', () => {
    for (const [lang, theme] of [
      ['en', 'light'],
      ['fr', 'light'],
      ['en', 'dark'],
      ['fr', 'dark'],
    ] as const) {
      it(`has no violations: questions, missing answer, thanks, error (${lang}, ${theme})`, async () => {
        const el = await mount<KpiSurvey>(html`<kpi-survey definition=${FLOW} lang=${lang} theme=${theme}></kpi-survey>`);
        await expect(el).to.be.accessible();
        send(el); // nothing chosen: the required question is flagged
        await el.updateComplete;
        await pick(el, '2');
        await expect(el).to.be.accessible();
        send(el);
        await el.updateComplete;
        await expect(el).to.be.accessible();
        const bad = await mount<KpiSurvey>(html`<kpi-survey metric="npx" lang=${lang} theme=${theme}></kpi-survey>`);
        await expect(bad).to.be.accessible();
      });
    }

    it('keeps the choice visible in forced colors, without violations', async () => {
      await executeServerCommand('forced-colors', { active: true });
      try {
        const el = await mount<KpiSurvey>(html`<kpi-survey metric="nps" lang="en"></kpi-survey>`);
        await pick(el, '6');
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const on = getComputedStyle(byText(el, '6'));
        const off = getComputedStyle(byText(el, '5'));
        // The chosen score is drawn in the system highlight colours, the others are not.
        expect(on.backgroundColor).to.not.equal(off.backgroundColor);
        expect(on.color).to.not.equal(off.color);
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    });
  });
});
