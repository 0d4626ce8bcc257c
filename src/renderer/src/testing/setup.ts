import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installDialogStandIn } from './dialogStandIn';

installDialogStandIn();

// The suite shares two cores with the e2e build and other runs: a 1 s wait for the real router's
// answer (Testing Library's default) fails under load while the app itself is fine.
configure({ asyncUtilTimeout: 5000 });

// Vitest does not run with globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
