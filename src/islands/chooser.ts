// The "which pipeline do I need?" chooser: narrows the statically listed rules of
// PipelineChooser.astro to those the answers match. Rules and answers are read from the page;
// matching is the model's own recommend(), which imports nothing. Answers live in the URL.
import { answersFromParams, answersToParams, recommend, type AnswersByQuestion, type RuleShape } from './recommend.ts';
import { words } from './words.ts';

/** Wires up one chooser: answer radios, submit, clear, back and forward. */
export function startChooser(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-chooser-form]');
  const status = root.querySelector<HTMLElement>('[data-chooser-status]');
  const summary = root.querySelector<HTMLElement>('[data-chooser-summary]');
  const clear = root.querySelector<HTMLButtonElement>('[data-chooser-clear]');
  const heading = root.querySelector<HTMLElement>('#chooser-results-heading');
  const all = root.querySelector<HTMLDetailsElement>('details[data-chooser-all]');
  const allLabel = root.querySelector<HTMLElement>('[data-chooser-all-label]');
  if (!form || !status || !summary || !clear || !heading || !all || !allLabel) return;
  // Typed without null for render(), a hoisted function the checks above do not narrow for.
  const disclosure: HTMLDetailsElement = all;
  const disclosureLabel: HTMLElement = allLabel;
  const radios = Array.from(form.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
  const articles = Array.from(root.querySelectorAll<HTMLElement>('article[data-rule]'));

  const known: Record<string, string[]> = {};
  for (const radio of radios) if (radio.value) (known[radio.name] ??= []).push(radio.value);
  const rules = articles.map((a) => ruleFromArticle(a));
  let answers: AnswersByQuestion = answersFromParams(new URLSearchParams(location.search), known);

  const go = (next: AnswersByQuestion) => {
    answers = next;
    const query = answersToParams(next, known).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    render();
  };

  function render(): void {
    for (const radio of radios) radio.checked = radio.value === (answers[radio.name] ?? '');
    const result = recommend(rules, answers);
    const matched = new Set(result.rules.map((r) => r.id));
    for (const article of articles) article.hidden = result.answered > 0 && !matched.has(article.dataset.rule ?? '');
    // No answer yet: the questions and a prompt; every rule stays one click away, behind the disclosure.
    disclosure.open = result.answered > 0 || targetInside(disclosure);
    disclosureLabel.textContent = result.answered > 0 ? 'Recommendations for your answers' : (disclosureLabel.dataset.all ?? '');
    clear?.toggleAttribute('hidden', result.answered === 0);
    if (status) status.textContent = statusText(result.answered, result.rules.length, rules.length);
    if (summary) {
      summary.hidden = result.rules.length === 0;
      fillLinks(summary.querySelector('[data-chooser-types]'), result.pipelineTypes.map((id) => root.querySelector(`article a[data-type="${id}"]`)));
      fillLinks(summary.querySelector('[data-chooser-tools]'), result.tools.map((id) => root.querySelector(`article a[data-tool="${id}"]`)));
    }
  }

  const fromForm = (): AnswersByQuestion => answersFromParams(formParams(form), known);
  for (const radio of radios) radio.addEventListener('change', () => go(fromForm()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(fromForm());
    heading.focus();
  });
  clear.addEventListener('click', () => {
    go({});
    // The button hides itself: move focus to the first question rather than lose it.
    radios[0]?.focus();
  });
  window.addEventListener('popstate', () => {
    answers = answersFromParams(new URLSearchParams(location.search), known);
    const focused = document.activeElement;
    render();
    if (focused instanceof HTMLElement && focused.closest('[hidden]')) heading.focus();
  });
  render();
}

/** Whether the address points into `element` (a link to one recommendation): then it must be open. */
function targetInside(element: HTMLElement): boolean {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  return target !== null && element.contains(target);
}

function ruleFromArticle(article: HTMLElement): RuleShape {
  const when: Record<string, string[]> = {};
  for (const condition of words(article.dataset.when)) {
    const [question, answers = ''] = condition.split('=');
    when[question] = answers.split('|');
  }
  return { id: article.dataset.rule ?? '', when, pipelineTypes: words(article.dataset.types), tools: words(article.dataset.tools) };
}

function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value) params.append(name, value);
  return params;
}

/** Fills `target` with copies of the given links, comma-separated. */
function fillLinks(target: Element | null, links: readonly (Element | null)[]): void {
  if (!target) return;
  const copies = links.flatMap((link) => (link ? [link.cloneNode(true)] : []));
  target.replaceChildren(...copies.flatMap((copy, i) => (i === 0 ? [copy] : [', ', copy])));
}

function statusText(answered: number, matched: number, total: number): string {
  if (answered === 0) return `No answers yet: answer a question above to see the recommendations that fit (${total} in all).`;
  if (matched === 0) return 'No recommendation matches these answers yet. Answer more of the questions.';
  return `${matched} recommendation${matched === 1 ? '' : 's'} match${matched === 1 ? 'es' : ''} your answers.`;
}

