import { classify, DEFAULT_MAX_LENGTH } from '../../lib/classifier/index.ts';
import type { Classification, Finding } from '../../lib/classifier/types.ts';
import { mergeClassifications, SINGLE_PASS_LIMIT, splitForChecking } from '../../lib/comment-check/chunked.ts';
import { confidenceWord, disguiseNote, methodName } from '../../lib/comment-check/disguise.ts';
import { EXCERPT_FROM, excerptSegments, highlightSegments, type Segment } from '../../lib/comment-check/highlight.ts';
import { suggestedReplyIds } from '../../lib/comment-check/reply-choice.ts';
import { verdictIcon } from '../../lib/comment-check/strings.ts';
import type { CheckerData } from '../../lib/comment-check/types.ts';
import { describeVerdict, verdictFor, type Verdict } from '../../lib/comment-check/verdict.ts';
import { DeadlineController } from './deadline-controller.ts';
import { announce, h } from './dom.ts';

/** "100 000": Swedish digit groups without waking up Intl, whose first use is slow. */
const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/**
 * Lets the browser handle keys and paint before the next piece. A message comes back as soon as the page is free;
 * setTimeout would wait at least 4 ms each time once timers nest, a third of a 100 KB check spent idle.
 * (scheduler.yield() would also starve the page's other tasks, timers included, until the check is done.)
 */
const giveWay = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** Long enough that typing never waits for the check, short enough to feel immediate once you stop. */
const DEBOUNCE_MS = 300;
/** Findings listed per rule; a pasted thread can have hundreds, and the marks in the text already show them all. */
const MAX_LISTED = 20;
const EMPTY_TEXT = 'Skriv eller klistra in en kommentar, eller prova ett exempel, så visas resultatet här.';

/** One comment, checked as the person types: verdict, findings with marked words, deadline and replies. */
class CommentChecker extends HTMLElement {
  private data!: CheckerData;
  private input!: HTMLTextAreaElement;
  private status!: HTMLElement;
  private details!: HTMLElement;
  private repliesWrap!: HTMLElement;
  private deadline!: DeadlineController;
  private timer: number | undefined;
  private lastStatus = '';
  /** Bumped by every keystroke, so a long check that is still running gives up when the text changes. */
  private generation = 0;

  connectedCallback(): void {
    this.data = JSON.parse(this.dataset.checker ?? '{}') as CheckerData;
    const q = <T extends Element>(selector: string): T => {
      const found = this.querySelector<T>(selector);
      if (!found) throw new Error(`Kommentarstestet saknar ${selector}`);
      return found;
    };
    this.input = q('[data-input]');
    this.status = q('[data-status]');
    this.details = q('[data-details]');
    this.repliesWrap = q('[data-replies-wrap]');
    this.deadline = new DeadlineController(q('[data-deadline]'), this.data.answer.hours);

    this.input.addEventListener('input', () => {
      this.generation += 1;
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.check(), DEBOUNCE_MS);
    });
    this.addEventListener('click', (event) => {
      const target = event.target as Element | null;
      const example = target?.closest<HTMLButtonElement>('[data-example]');
      if (example) {
        this.input.value = example.dataset.example ?? '';
        this.generation += 1;
        window.clearTimeout(this.timer);
        void this.check();
        return;
      }
      const copy = target?.closest<HTMLButtonElement>('[data-copy]');
      if (copy) void this.copyReply(copy);
    });
    // The tool works: show it and hide the message that says it needs JavaScript.
    q<HTMLElement>('[data-tool]').hidden = false;
    document.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => (el.hidden = true));
    // A browser that restores the form after "back" gets its result at once.
    if (this.input.value.trim()) void this.check();
    else this.warmUp();
  }

  /**
   * The engine builds its word indexes on first use, which takes a noticeable moment: do it while the page is
   * idle, so the first comment someone types is checked at full speed.
   */
  private warmUp(): void {
    const run = (): void => void classify('Hej! Vad f*n, ring 070-123 45 67?', { ownEmailDomains: this.data.ownEmailDomains });
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
    else globalThis.setTimeout(run, 200);
  }

  private async check(): Promise<void> {
    const text = this.input.value;
    if (text.trim() === '') {
      this.showEmpty();
      return;
    }
    const result = await this.classifyWithoutBlocking(text);
    if (!result) return;
    const verdict = verdictFor(result);
    this.renderStatus(verdict, result);
    this.renderDetails(text, verdict, result);
    this.deadline.show(verdict.question);
    this.renderReplies(verdict);
  }

  /**
   * A long paste is checked a piece at a time, giving the browser a turn between pieces, so typing never waits
   * for more than a few milliseconds. Returns null when the text changed meanwhile.
   */
  private async classifyWithoutBlocking(text: string): Promise<Classification | null> {
    const options = { ownEmailDomains: this.data.ownEmailDomains };
    if (text.length <= SINGLE_PASS_LIMIT) return classify(text, options);
    const generation = this.generation;
    const parts: { offset: number; result: Classification }[] = [];
    for (const piece of splitForChecking(text, undefined, DEFAULT_MAX_LENGTH)) {
      await giveWay();
      if (generation !== this.generation) return null;
      parts.push({ offset: piece.start, result: classify(text.slice(piece.start, piece.end), options) });
    }
    return mergeClassifications(parts, text.length);
  }

  private showEmpty(): void {
    this.setStatus('empty', [h('p', { class: 'kt-verdict__empty' }, EMPTY_TEXT)]);
    this.details.hidden = true;
    this.details.replaceChildren();
    this.deadline.show(false);
    this.repliesWrap.hidden = true;
  }

  /** Only touches the live region when the words change, so a screen reader hears each new verdict once. */
  private setStatus(kind: string, content: Node[]): void {
    const probe = h('div', null, ...content);
    const key = `${kind}|${probe.textContent ?? ''}`;
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    this.status.dataset.kind = kind;
    this.status.replaceChildren(...probe.childNodes);
  }

  private renderStatus(verdict: Verdict, result: Classification): void {
    const text = describeVerdict(verdict, this.data);
    const content: Node[] = [
      h('p', { class: 'kt-verdict__title' }, h('span', { class: 'kt-icon', 'aria-hidden': 'true' }, verdictIcon[verdict.kind]), ` ${text.title}`),
      h('p', null, text.summary),
      h('p', null, h('strong', null, 'Gör så här: '), text.action),
    ];
    if (verdict.question) content.push(h('p', null, 'Kommentaren ställer en fråga. Se när den ska vara besvarad längre ned.'));
    if (result.truncated) {
      content.push(h('p', null, `Kommentaren är mycket lång. Testet läste de första ${formatCount(result.analysedLength)} tecknen: läs resten själv.`));
    }
    this.setStatus(verdict.kind, content);
  }

  private renderDetails(text: string, verdict: Verdict, result: Classification): void {
    if (result.findings.length === 0) {
      this.details.hidden = true;
      this.details.replaceChildren();
      return;
    }
    // Numbered in reading order, so the numbers in the marked text run 1, 2, 3; grouped by rule below.
    const findings = [...result.findings].sort((a, b) => a.start - b.start || a.end - b.end);
    const segments = highlightSegments(text, findings);
    const long = text.length > EXCERPT_FROM;
    const copy = h('div', { class: 'kt-copy' });
    const appendSegments = (pieces: readonly Segment[]): void => {
      for (const segment of pieces) {
        if (segment.findings.length === 0) {
          copy.append(segment.text);
          continue;
        }
        const numbers = segment.findings.map((i) => i + 1).join(', ');
        copy.append(h('mark', null, segment.text), h('sup', { class: 'kt-ref' }, `[${numbers}]`));
      }
    };
    if (long) {
      // A long text is not shown again in full: only the words around each mark, with […] between.
      excerptSegments(text, segments).forEach((excerpt, i) => {
        if (i > 0) copy.append('\n\n');
        if (excerpt[0]?.start !== 0) copy.append('[…] ');
        appendSegments(excerpt);
        if (excerpt[excerpt.length - 1]?.end !== text.length) copy.append(' […]');
      });
    } else {
      appendSegments(segments);
    }

    const groups: Node[] = [];
    for (const label of verdict.labels) {
      const own = findings.map((f, i) => ({ f, number: i + 1 })).filter(({ f }) => f.label === label);
      if (own.length === 0) continue;
      const rule = this.data.rules.find((r) => r.id === label);
      groups.push(
        h(
          'section',
          { class: 'kt-rule' },
          h('h4', null, h('span', { class: 'kt-rule__kind' }, 'Regel: '), rule ? h('a', { href: rule.href }, rule.wording) : label),
          rule ? h('p', null, rule.whatToDo) : null,
          h('ol', { class: 'kt-findings' }, ...own.slice(0, MAX_LISTED).map(({ f, number }) => this.findingItem(f, number))),
          own.length > MAX_LISTED
            ? h('p', null, `Och ${own.length - MAX_LISTED} ställen till som bryter mot samma regel. De är markerade i texten ovan.`)
            : null,
        ),
      );
    }

    this.details.replaceChildren(
      h('h3', null, 'Det här hittade testet'),
      h('h4', { id: 'kt-copy-heading' }, long ? 'Utdrag ur kommentaren med markerade ord' : 'Kommentaren med markerade ord'),
      h(
        'p',
        { class: 'kt-hint' },
        `Orden som testet reagerade på är markerade. Siffran efter ordet hör till förklaringen med samma nummer.${long ? ' Kommentaren är lång, så här visas bara texten runt de markerade orden.' : ''}`,
      ),
      h('figure', { class: 'kt-figure', 'aria-labelledby': 'kt-copy-heading' }, copy),
      ...groups,
    );
    this.details.hidden = false;
  }

  private findingItem(finding: Finding, number: number): HTMLLIElement {
    const words = finding.text.replace(/\s+/gu, ' ').trim();
    // The engine often says how a word was disguised itself; add our note only when it does not.
    const disguise = /läses som/.test(finding.explanation) ? null : disguiseNote(finding);
    const ground = finding.lawGround ? this.data.law.grounds.find((g) => g.id === finding.lawGround) : undefined;
    return h(
      'li',
      { value: number },
      h('p', null, 'Ord: ', h('strong', { class: 'kt-word' }, `”${words.length > 120 ? `${words.slice(0, 120)}…` : words}”`)),
      h('p', null, finding.explanation),
      disguise ? h('p', null, disguise) : null,
      finding.lawGround
        ? h(
            'p',
            { class: 'kt-law' },
            h('strong', null, 'Lag: '),
            `Kan vara ${ground?.name ?? finding.lawGround}. Sådant måste tas bort enligt ${this.data.law.name}. `,
            h('a', { href: this.data.law.href }, 'Läs om skyldigheten att ta bort'),
          )
        : null,
      h(
        'p',
        { class: 'kt-meta' },
        `Hur säker bedömningen är: ${confidenceWord(finding.confidence)}. Hittat med: ${[...new Set(finding.methods.map(methodName))].join(', ')}.`,
      ),
    );
  }

  private renderReplies(verdict: Verdict): void {
    const ids = suggestedReplyIds(verdict);
    this.repliesWrap.hidden = ids.length === 0;
    const box = this.repliesWrap.querySelector<HTMLElement>('[data-replies-suggested]');
    if (!box) return;
    for (const article of box.querySelectorAll<HTMLElement>('[data-reply]')) {
      article.hidden = !ids.includes(article.dataset.reply as (typeof ids)[number]);
    }
    // Most useful first.
    for (const id of ids) {
      const article = box.querySelector(`[data-reply="${id}"]`);
      if (article) box.append(article);
    }
  }

  private async copyReply(button: HTMLButtonElement): Promise<void> {
    const article = button.closest('.kt-reply');
    const text = article?.querySelector('[data-reply-text]')?.textContent ?? '';
    const region = this.querySelector<HTMLElement>('[data-copy-announce]');
    this.querySelectorAll('.kt-copied').forEach((el) => el.remove());
    let message = 'Kopierat';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      message = 'Det gick inte att kopiera. Markera texten och kopiera den med Ctrl+C (Cmd+C på Mac).';
    }
    button.after(h('span', { class: 'kt-copied' }, message));
    announce(region, message);
  }
}

customElements.define('comment-checker', CommentChecker);
