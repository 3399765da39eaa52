import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import kpis from '../demo/public/api/kpis.json';

/**
 * The live examples of the *Docs/Theming* page: the elements restyled by a
 * small host stylesheet, with `--kpi-*` custom properties and `::part()` rules
 * only. Nothing else of the page reaches inside their shadow roots.
 */
const meta = {
  title: 'Docs/Theming examples',
  tags: ['!autodocs'],
  // `brandCss` is the stylesheet the docs page shows, not a story.
  excludeStories: ['brandCss'],
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The stylesheet of the *Restyled* story, shown as is on the docs page. */
export const brandCss = `.brand {
  --kpi-font-family: Georgia, 'Times New Roman', serif;
  --kpi-color-surface: #fdf6ec;
  --kpi-color-border: #d9a441;
  --kpi-color-accent: #7a3e00;
  --kpi-color-promoter: #0f5132;
  --kpi-color-detractor: #8a1c1c;
  --kpi-color-band-negative: #f2d0c4;
  --kpi-color-band-fair: #f6e3b4;
  --kpi-color-band-good: #cfe3c3;
  --kpi-color-band-excellent: #9cc79a;
  --kpi-radius: 0;
  --kpi-spacing: 1.5rem;
}
.brand kpi-nps-gauge::part(score) { font-size: 3rem; letter-spacing: -0.02em; }
.brand kpi-nps-gauge::part(title),
.brand kpi-channel-csat::part(title) { text-transform: uppercase; letter-spacing: 0.08em; }
.brand ::part(base) { box-shadow: 4px 4px 0 #d9a441; }`;

/** The demo's aggregate document (NPS, CSAT and CES histograms over six channels). */
const sample = JSON.stringify(kpis);

/** The gauge and the bars restyled by `brandCss` (custom properties and `::part()` only). */
export const Restyled: Story = {
  render: (_args, { globals }) => html`<style>
      ${brandCss}
    </style>
    <div class="brand" style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr))">
      <kpi-nps-gauge target="30" theme=${globals.theme} data=${sample}></kpi-nps-gauge>
      <kpi-channel-csat target="80" theme=${globals.theme} data=${sample}></kpi-channel-csat>
    </div>`,
};

/** The same elements with their default tokens, for comparison. */
export const Defaults: Story = {
  render: (_args, { globals }) => html`<div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr))">
    <kpi-nps-gauge target="30" theme=${globals.theme} data=${sample}></kpi-nps-gauge>
    <kpi-channel-csat target="80" theme=${globals.theme} data=${sample}></kpi-channel-csat>
  </div>`,
};

/** Dark theme (`theme="dark"`) with a host override of the accent only. */
export const DarkWithAccent: Story = {
  globals: { theme: 'dark' },
  render: () => html`<div style="--kpi-color-accent: #f0883e">
    <kpi-channel-csat target="80" theme="dark" data=${sample}></kpi-channel-csat>
  </div>`,
};

/**
 * No `theme`: each element follows the page it is on. The left box says
 * `color-scheme: light`, the right one `color-scheme: dark`; whatever the OS
 * preference, the elements draw in their box's scheme.
 */
export const FollowsThePage: Story = {
  render: () => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr))">
    <div style="color-scheme: light; background: #fff; padding: 1rem">
      <kpi-nps-gauge target="30" data=${sample}></kpi-nps-gauge>
    </div>
    <div style="color-scheme: dark; background: #0d1117; padding: 1rem">
      <kpi-nps-gauge target="30" data=${sample}></kpi-nps-gauge>
    </div>
  </div>`,
};

/** `frameless` in the host page's own card: one frame and one visible title (the page's), the element's title still its accessible name. */
export const Frameless: Story = {
  render: (_args, { globals }) => html`<article style="max-width: 28rem; border: 1px solid #8c959f; border-radius: 12px; padding: 1rem 1.25rem; font-family: system-ui">
    <h3 style="margin: 0 0 0.5rem">Satisfaction client · T4</h3>
    <kpi-nps-gauge frameless target="30" theme=${globals.theme} data=${sample}></kpi-nps-gauge>
  </article>`,
};
