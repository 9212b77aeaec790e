import type { AstroIntegration } from 'astro';
import { model } from '../model/index.ts';
import type { Team } from './team-schema.ts';
import { teamStack } from './team-queries.ts';

/** Says, once per build, which team file the guide is built for and what it chose: a team sees its file was read. */
export function fieldGuideTeam(team: Team): AstroIntegration {
  return {
    name: 'field-guide-team',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const stack = teamStack(team).map((id) => model.tools[id].name);
        logger.info(`${team.file}: built for ${team.name}, with ${stack.length} tools in its stack (${stack.join(', ')})`);
      },
    },
  };
}
