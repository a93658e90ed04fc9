import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { storybookManifest } from '../.tools/manifest-api.mjs';

// Docs tables from the manifest, with each event's class and payload, the default slot and every part shown.
setCustomElementsManifest(storybookManifest(manifest));

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'it', title: 'Italiano' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals['locale'] ?? 'de');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Welcome', 'Guides', 'Foundations', 'Components', 'Patterns'] } },
  },
  tags: ['autodocs'],
};
export default preview;
