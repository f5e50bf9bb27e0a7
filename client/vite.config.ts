import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// In development the Nest server runs on :3000 (PUENTE_API overrides it); the client is
// served from the same origin in production, so requests always go to relative paths.
const api = process.env.PUENTE_API ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/health': api, '/sessions/': api, '/reports/': api },
  },
  preview: {
    port: 4173,
    proxy: { '/graphql': api, '/health': api, '/sessions/': api, '/reports/': api },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // React and the other libraries change less often than the app: separate, cacheable chunks.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
