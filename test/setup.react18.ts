// The `react18` project must really run on React 18: fail loudly if an alias stops applying.
import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';

if (!reactVersion.startsWith('18.') || !reactDomVersion.startsWith('18.')) {
  throw new Error(
    `react18 project resolved react ${reactVersion} and react-dom ${reactDomVersion}, not 18.x`,
  );
}
