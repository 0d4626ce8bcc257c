import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Two projects, split by where the code runs: the main process and shared code in plain Node,
// the renderer in jsdom. Playwright owns e2e/, so no pattern here ever reaches it.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/main/**/*.test.ts',
            'src/shared/**/*.test.ts',
            'src/preload/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['src/renderer/src/testing/setup.ts'],
        },
      },
    ],
  },
});
