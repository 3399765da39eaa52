/**
 * Controls and docs tables come from custom-elements.json (`npm run analyze`);
 * toolbar switches set the theme and the language of every story.
 */
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';

type Member = { kind?: string; privacy?: string; static?: boolean };

/** The manifest without private, protected and static members: the docs show the public API only. */
function publicApi(cem: typeof manifest): typeof manifest {
  const isPublic = (m: Member) => !m.static && (m.privacy === undefined || m.privacy === 'public');
  return {
    ...cem,
    modules: cem.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => ('members' in d && Array.isArray(d.members) ? { ...d, members: (d.members as Member[]).filter(isPublic) } : d)),
    })),
  } as typeof manifest;
}

setCustomElementsManifest(publicApi(manifest));

/**
 * Wraps each story in a block with the toolbar's `lang` (elements without their
 * own follow it) and a page background for the theme: the story's `theme` arg
 * if it has one (stories pass it to the element), else the toolbar's.
 */
const withThemeAndLang: Decorator = (story, { args, globals, viewMode }) => {
  const dark = (args.theme ?? globals.theme) === 'dark';
  // A story fills the canvas; on a docs page each story keeps its own height.
  const minHeight = viewMode === 'docs' ? 'auto' : '100vh';
  return html`<div
    class="omnikpi-story"
    lang=${globals.locale === 'fr' ? 'fr' : 'en'}
    style="min-height: ${minHeight}; box-sizing: border-box; padding: 1rem; color-scheme: ${dark ? 'dark' : 'light'}; background: ${dark ? '#0f172a' : '#ffffff'}"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withThemeAndLang],
  globalTypes: {
    theme: {
      description: 'Theme of the elements (their `theme` attribute) and of the page behind them',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language: the `lang` of the block around the story, which elements without their own `lang` follow',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'EN', title: 'English' },
          { value: 'fr', right: 'FR', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  // Controls for attributes only: the manifest's properties here are read-only
  // getters, and events, CSS parts and custom properties are documented, not set.
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(Object.entries(argTypes).map(([name, t]) => [name, t.table?.category === 'attributes' ? t : { ...t, control: false }])),
  ],
  parameters: {
    layout: 'fullscreen',
    // The decorator paints the background from the theme toolbar.
    backgrounds: { disable: true },
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
