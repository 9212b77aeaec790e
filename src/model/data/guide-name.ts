/** The guide's name: Starlight's site title (astro.config.mjs), and the footer of every exported diagram. */
export const GUIDE_NAME = 'ML Pipeline Field Guide';
