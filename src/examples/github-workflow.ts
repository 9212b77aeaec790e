import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';

// The events a workflow's `on` may name, from GitHub's documentation ("Events that trigger
// workflows", checked 2026-11-30; the same list as SchemaStore's github-workflow schema).
const EVENTS = new Set([
  'branch_protection_rule', 'check_run', 'check_suite', 'create', 'delete', 'deployment', 'deployment_status',
  'discussion', 'discussion_comment', 'fork', 'gollum', 'issue_comment', 'issues', 'label', 'merge_group',
  'milestone', 'page_build', 'project', 'project_card', 'project_column', 'public', 'pull_request',
  'pull_request_review', 'pull_request_review_comment', 'pull_request_target', 'push', 'registry_package',
  'release', 'repository_dispatch', 'schedule', 'status', 'watch', 'workflow_call', 'workflow_dispatch', 'workflow_run',
]);

const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Problems in a GitHub Actions workflow file, each as `file › entity › field: message`: YAML that
 * does not parse, no `on` or no `jobs`, an unknown event, a job without `runs-on` or `steps`, a
 * step with neither `uses` nor `run` (or both), a `needs` naming no job, an unclosed `${{`.
 */
export function githubWorkflowProblems(text: string, file: string): string[] {
  const problems: string[] = [];
  const say: Say = (entity, field, message) => problems.push(`${file} › ${entity} › ${field}: ${message}`);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  for (const error of doc.errors) say('workflow', 'yaml', error.message.split('\n')[0]);
  if (doc.errors.length > 0) return problems;
  if (!isMap(doc.contents)) return [`${file} › workflow › (top level): a workflow is a mapping of keys (name, on, jobs)`];
  const root = doc.contents;

  // `on` is a string key in YAML 1.2 (the `yaml` package's default) as in GitHub's parser; in YAML 1.1 it would be `true`.
  const on = root.get('on', true);
  if (on === undefined) say('workflow', 'on', 'missing: name the events that start the workflow');
  const events = namesIn(on);
  if (on !== undefined && events.length === 0) say('workflow', 'on', 'names no event');
  for (const event of events) if (typeof event !== 'string' || !EVENTS.has(event)) say('workflow', `on.${String(event)}`, `unknown event ${JSON.stringify(event)}`);

  const jobs = root.get('jobs', true);
  if (!isMap(jobs) || jobs.items.length === 0) {
    say('workflow', 'jobs', 'missing or empty: a workflow needs at least one job');
    return problems;
  }
  const jobIds = jobs.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
  for (const pair of jobs.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const entity = `job "${id}"`;
    if (!JOB_ID.test(id)) say(entity, 'id', 'a job id starts with a letter or _ and holds only letters, digits, - and _');
    if (!isMap(pair.value)) {
      say(entity, '(job)', 'a job is a mapping (runs-on, steps, …)');
      continue;
    }
    checkJob(pair.value, entity, new Set(jobIds), say);
  }
  for (const match of text.matchAll(/\$\{\{(?![^\n]*\}\})/g)) {
    const line = text.slice(0, match.index).split('\n').length;
    say('workflow', `line ${line}`, 'an expression opened with ${{ is not closed with }} on the same line');
  }
  return problems;
}

/** The values a key lists: one scalar, the items of a list, or the keys of a mapping (`on: { push: … }`). */
function namesIn(node: unknown): unknown[] {
  if (isScalar(node)) return [node.value];
  if (isSeq(node)) return node.items.map((item: unknown) => (isScalar(item) ? item.value : item));
  if (isMap(node)) return node.items.map((pair: { key: unknown }) => (isScalar(pair.key) ? pair.key.value : pair.key));
  return [];
}

type Say = (entity: string, field: string, message: string) => void;

function checkJob(job: YAMLMap, entity: string, jobIds: ReadonlySet<string>, say: Say): void {
  // A job that calls a reusable workflow has `uses` instead of `runs-on` and `steps`.
  if (job.has('uses')) return;
  if (!job.has('runs-on')) say(entity, 'runs-on', 'missing: say which runner the job runs on (e.g. ubuntu-latest)');
  const steps = job.get('steps', true);
  if (!isSeq(steps) || steps.items.length === 0) say(entity, 'steps', 'missing or empty: a job needs at least one step');
  else {
    steps.items.forEach((step, i) => {
      if (!isMap(step)) {
        say(entity, `steps[${i}]`, 'a step is a mapping with `uses` or `run`');
        return;
      }
      const kinds = ['uses', 'run'].filter((k) => step.has(k));
      if (kinds.length !== 1) say(entity, `steps[${i}]`, kinds.length === 0 ? 'has neither `uses` nor `run`' : 'has both `uses` and `run`; a step does one');
    });
  }
  const needs = job.get('needs', true);
  const needed = namesIn(needs);
  for (const n of needed) if (typeof n !== 'string' || !jobIds.has(n)) say(entity, 'needs', `names no job of this workflow: ${JSON.stringify(n)}`);
}

/** A `uses:` pinned to a full commit SHA, the release named in a comment: `owner/repo@<40 hex> # v1.2.3`. */
const PINNED_USES = /^\s*(?:- )?uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$/;

/** The permissions a Pages deployment needs, and no more. */
const PAGES_PERMISSIONS = { contents: 'read', pages: 'write', 'id-token': 'write' } as const;

/**
 * Problems in the guide's own deploy workflow (.github/workflows/pages.yml), beyond the structure
 * githubWorkflowProblems checks: it runs on a push to main and by hand; asks for exactly the Pages
 * permissions; deploys one at a time; pins every action to a commit SHA with its release in a
 * comment; sets up Node 22; builds with `npm run build:deploy` given SITE_URL and BASE_PATH from
 * actions/configure-pages' outputs (an earlier step of the same job); uploads dist/ and deploys it.
 */
export function pagesWorkflowProblems(text: string, file: string): string[] {
  const structural = githubWorkflowProblems(text, file);
  if (structural.length > 0) return structural;
  const problems: string[] = [];
  const say: Say = (entity, field, message) => problems.push(`${file} › ${entity} › ${field}: ${message}`);
  const workflow: unknown = parseDocument(text).toJS();
  const root = record(workflow);

  const on = record(root.on);
  if (!list(record(on.push).branches).includes('main')) say('workflow', 'on.push.branches', 'must include main');
  if (!('workflow_dispatch' in on)) say('workflow', 'on.workflow_dispatch', 'missing: a deployment must also be possible by hand');

  const permissions = record(root.permissions);
  const wanted: Record<string, unknown> = PAGES_PERMISSIONS;
  for (const [scope, level] of Object.entries(PAGES_PERMISSIONS)) {
    if (permissions[scope] !== level) say('workflow', `permissions.${scope}`, `must be ${level}`);
  }
  for (const scope of Object.keys(permissions)) if (!(scope in wanted)) say('workflow', `permissions.${scope}`, 'not needed to deploy to Pages');
  if (typeof record(root.concurrency).group !== 'string') say('workflow', 'concurrency.group', 'missing: two deployments must not run at once');

  text.split('\n').forEach((line, i) => {
    if (/^\s*(?:- )?uses:/.test(line) && !PINNED_USES.test(line)) say('workflow', `line ${i + 1}`, `an action not pinned to a full commit SHA with its version in a comment: ${line.trim().replace(/^- /, '')}`);
  });

  const steps = Object.entries(record(root.jobs)).flatMap(([job, value]) => list(record(value).steps).map((step, index) => ({ job, index, step: record(step) })));
  const uses = (action: string) => steps.find((s) => typeof s.step.uses === 'string' && s.step.uses.startsWith(`${action}@`));
  const runs = (command: RegExp) => steps.find((s) => typeof s.step.run === 'string' && command.test(s.step.run));
  const at = (s: { job: string; index: number }) => `job "${s.job}" › steps[${s.index}]`;

  for (const action of ['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']) {
    if (!uses(action)) say('workflow', 'steps', `no step uses ${action}`);
  }
  const node = uses('actions/setup-node');
  if (node && String(record(node.step.with)['node-version']) !== '22') say(at(node), 'with.node-version', 'must be 22 (the guide needs Node 22.18 or later)');
  if (!runs(/^npm ci\b/)) say('workflow', 'steps', 'no step runs npm ci');
  const upload = uses('actions/upload-pages-artifact');
  if (upload && record(upload.step.with).path !== 'dist') say(at(upload), 'with.path', 'must be dist (what the build writes)');

  const build = runs(/^npm run build:deploy$/);
  if (!build) {
    say('workflow', 'steps', 'no step runs npm run build:deploy (the build that refuses to run without SITE_URL)');
    return problems;
  }
  const pages = uses('actions/configure-pages');
  const id = pages?.step.id;
  if (!pages || typeof id !== 'string' || pages.job !== build.job || pages.index > build.index) {
    say(at(build), 'env', 'SITE_URL and BASE_PATH come from actions/configure-pages, an earlier step of the same job with an id');
    return problems;
  }
  const env = record(build.step.env);
  if (env.SITE_URL !== `\${{ steps.${id}.outputs.origin }}`) say(at(build), 'env.SITE_URL', `must be \${{ steps.${id}.outputs.origin }}`);
  if (env.BASE_PATH !== `\${{ steps.${id}.outputs.base_path }}`) say(at(build), 'env.BASE_PATH', `must be \${{ steps.${id}.outputs.base_path }}`);
  return problems;
}

/** A parsed YAML value as a record (an empty one when it is not a mapping). */
function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
}

/** A parsed YAML value as a list (a single value becomes a list of one). */
function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}
