import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'UBT Board',
    description: 'A private, peer-to-peer improvement board for unit-based teams.',
    permissions: ['storage', 'sidePanel'],
    action: { default_title: 'Open UBT Board' },
  },
});
