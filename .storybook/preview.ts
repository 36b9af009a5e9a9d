import type { Preview } from '@storybook/react-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import '../src/styles.css';
import { hostSettingsGlobalTypes, withHostSettings } from './decorators.js';

initialize({ onUnhandledRequest: 'bypass', quiet: true });

const preview: Preview = {
  loaders: [mswLoader],
  decorators: [withHostSettings],
  globalTypes: hostSettingsGlobalTypes,
  initialGlobals: { theme: 'light', dir: 'ltr', locale: '' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Fetchers and errors',
            'The hook and the store',
            'Components',
            'Theming',
            'Simulated backend',
            'Server',
            'Testing',
            'Reliability',
            'Performance',
          ],
          'Components',
          'Recipes',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
