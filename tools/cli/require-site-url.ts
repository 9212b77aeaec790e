// The first step of `npm run build:deploy`: stops before anything is built when the public
// address is missing or wrong (deployBuildProblem in src/links/site-url.ts says why).
let problem: string | undefined;
try {
  // Imported here, not at the top: the module reads SITE_URL as it loads, and throws on a value
  // that is not a URL; that message is the one to print, without a stack trace.
  const { deployBuildProblem } = await import('../../src/links/site-url.ts');
  problem = deployBuildProblem(process.env);
} catch (error) {
  problem = `npm run build:deploy: ${error instanceof Error ? error.message : String(error)}`;
}
if (problem) {
  console.error(problem);
  process.exit(1);
}

// A module (for the top-level await above) that exports nothing.
export {};
