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
