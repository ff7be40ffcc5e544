import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Public half of the extension's signing key. Pinning it gives the unpacked extension the same id on every
 * machine (nnllkdpebjebdpahkldeefadmcebkgmo), so an invite link opens the board on a co-lead's browser too.
 * Not secret: Chrome derives the id from it; only a store upload would need the private half.
 */
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqbcf4FDQCkSUnYZfvKtxT82OeFp+K2n9F7ZdsbTRo0DUAP9OUFoNv8qhtNCL0yy6uqGspDbHzB1/gl2QxNbR5/X2W4nwpAwNy2cXG3hu5JkefY+CXcinj+LC1mZ/mjoq4gYTxzMedOYJA50JDQuNX4yDLXaCSnV1sTfaaZyuABoJH2JBY2ZPIMsj4TEDONcfkouvyxuxnXH66DhyghS+Lv0lVRjWdtJ11zp+9LWCWpZzLXZiGvckP9sRba3eLcLDJ9DhhSTdDjYEuD0+gNin2vPXu2j2iccYSHK6c7llEl/vS2ETBZtcaAKAy4ngjH8F0G9vNcvWYHMF736f/7FZYwIDAQAB';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  // `npm run package`: the store zips; Firefox's review gets the sources without test output or local data.
  zip: { excludeSources: ['test-results/**', '.data/**', 'coverage/**', '**/*.png'] },
  manifest: ({ browser }) => ({
    // The store listing and the browser's own menus speak the browser's language: public/_locales (en, es),
    // the same words as the catalogue's store.* messages (test/core/i18n/storeListing.test.ts).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: no host permissions and no content scripts. Pages are read only through the
    // temporary activeTab grant of a right-click, the shortcut or a toolbar click. See the README.
    permissions: ['contextMenus', 'activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'add-to-team-board': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandAddToBoard__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ubt-board@unit-based-teams.invalid',
              strict_min_version: '142.0',
              // Boards go only to the co-leads a person invites; nothing is sent to the developers.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          key: CHROME_KEY,
          // IT sets the servers for every browser by policy (see the README); Firefox reads policies.json instead.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
