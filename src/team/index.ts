import { loadTeam } from './team-file.ts';

export * from './team-file.ts';
export * from './team-queries.ts';
export * from './team-schema.ts';

/**
 * The team this build is for (TEAM_FILE, or team.yaml at the top of the project), or undefined:
 * then the guide is the neutral one, byte for byte. Read once per process; a bad file throws,
 * naming the file and the field.
 */
export const team = loadTeam();
