/**
 * Starlight files this project copies or ports, keyed by their path in the installed package
 * (`node_modules/@astrojs/starlight/`), with the SHA-256 of the version they were forked from
 * (Starlight 0.42.4) and the files of ours that follow them.
 *
 * When Starlight changes one of them, `starlight-forks.test.ts` fails naming it: compare the new
 * original with the old one (`git diff` of the package, or its changelog), carry what matters
 * into our copies, then record the new hash here.
 */
export const STARLIGHT_FORKS = {
  'dist/components/Search.astro': {
    sha256: '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062',
    ours: [
      'src/components/search/Search.astro',
      'src/search/site-search.ts',
      'src/search/mount-pagefind-ui.ts',
      'src/search/pagefind-ui.css',
    ],
  },
  'dist/components/Sidebar.astro': {
    sha256: 'ba540dad8931f35346240d504524d8bc16dd04ebe63abed97609af59967779bf',
    ours: ['src/components/sidebar/Sidebar.astro'],
  },
  'dist/components/SidebarSublist.astro': {
    sha256: '80e77d4c9790eecaddb00f7be2263e158033a9e6c472311159b9ffca5fa58f4f',
    ours: ['src/components/sidebar/SidebarList.astro', 'src/styles/sidebar.css'],
  },
  // The heading link's markup and icon, which diagrams and explorer stages copy.
  'dist/components/AnchorHeading.astro': {
    sha256: '42723bf5250288a72ce731a98357774674b6771407c464f0e4384dcaf9ed512d',
    ours: ['src/links/anchor-link-html.ts', 'src/components/links/SectionHeading.astro'],
  },
  // How "On this page" nests headings, which the component headings' contents follow.
  'dist/utils/generateToC.js': {
    sha256: '7d1a1e5663dfe5f27b30964c7c8dd64e0934817fdc3f7c95e2ac76719a18ba6f',
    ours: ['src/navigation/contents-route-data.ts'],
  },
} as const satisfies Record<string, { sha256: string; ours: readonly string[] }>;
