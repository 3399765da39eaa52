// scripts/generate-frameworks.mjs on a hand-made manifest: what it takes from the manifest (tag,
// class, attributes' properties, kpi-* events) and what it does not (the module paths).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementsOf, reactModule, vueModule } from '../../scripts/generate-frameworks.mjs';

const manifest = {
  modules: [
    {
      kind: 'javascript-module',
      path: 'dist/chunks/gauge-3f2a.js',
      declarations: [
        {
          kind: 'class',
          customElement: true,
          tagName: 'kpi-nps-gauge',
          name: 'KpiNpsGauge',
          description: 'Net Promoter Score as a gauge. More words.',
          attributes: [{ name: 'target', fieldName: 'target' }, { name: 'min-n', fieldName: 'minN' }, { name: 'data', fieldName: 'data' }],
          events: [{ name: 'kpi-survey-submit' }, { name: 'change' }, { name: 'kpi-data' }],
        },
        { kind: 'class', name: 'KpiElement', attributes: [{ name: 'data', fieldName: 'data' }] },
      ],
    },
  ],
};

test('one element per custom element of the manifest, its props the attributes\' fieldNames, its events the kpi-* ones', () => {
  assert.deepEqual(elementsOf(manifest), [
    { tag: 'kpi-nps-gauge', className: 'KpiNpsGauge', entry: 'kpi-nps-gauge', description: 'Net Promoter Score as a gauge.', props: ['data', 'minN', 'target'], events: ['kpi-data', 'kpi-survey-submit'] },
  ]);
});

test('React: imported through src/kpi-nps-gauge.ts, never the manifest path; each kpi-* event an onKpi… prop and an onkpi-… tag prop', () => {
  const text = reactModule(elementsOf(manifest));
  assert.match(text, /^import \{ KpiNpsGauge as KpiNpsGaugeElement \} from '\.\.\/kpi-nps-gauge\.js';$/m);
  assert.doesNotMatch(text, /chunks\/gauge-3f2a/);
  assert.match(text, /onKpiData: 'kpi-data' as EventName<GlobalEventHandlersEventMap\['kpi-data'\]>,/);
  assert.match(text, /onKpiSurveySubmit: 'kpi-survey-submit' as EventName<GlobalEventHandlersEventMap\['kpi-survey-submit'\]>,/);
  assert.doesNotMatch(text, /'change'/);
  assert.match(text, /'kpi-nps-gauge': TagProps<\n\s+KpiNpsGaugeElement,\n\s+'data' \| 'minN' \| 'target',/);
});

test('Vue: a GlobalComponents entry per tag with its props and events, types only', () => {
  const text = vueModule(elementsOf(manifest));
  assert.match(text, /^import type \{ KpiNpsGauge \} from '\.\.\/kpi-nps-gauge\.js';$/m);
  assert.match(text, /'kpi-nps-gauge': DefineCustomElement<\n\s+KpiNpsGauge,\n\s+\{ 'kpi-data': GlobalEventHandlersEventMap\['kpi-data'\]; 'kpi-survey-submit': GlobalEventHandlersEventMap\['kpi-survey-submit'\] \},\n\s+'data' \| 'minN' \| 'target'\n/);
  assert.doesNotMatch(text, /^import (?!type)/m);
});

test('a tag with no src/<tag>.ts entry to import it through is an error', () => {
  const other = structuredClone(manifest);
  other.modules[0].declarations[0].tagName = 'kpi-nowhere';
  assert.throws(() => elementsOf(other), /<kpi-nowhere> has no entry module src\/kpi-nowhere\.ts/);
});
