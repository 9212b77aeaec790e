/** Starlight's virtual module with its `pagefind` option (and the debounce added by ./pagefind-ui-options.ts). */
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Readonly<Record<string, unknown>>;
}
