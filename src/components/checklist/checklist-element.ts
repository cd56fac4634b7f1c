import { checklist } from '../../data/checklist/fields.ts';
import type { Answers } from '../../data/checklist/types.ts';
import {
  draftFileName,
  draftStorageKey,
  importDraft,
  maxImportBytes,
  parseDraft,
  pdfFileName,
  serializeDraft,
  setAsideStorageKey,
} from '../../lib/checklist/draft.ts';
import { emptyAnswers, isBlank, textOf } from '../../lib/checklist/fields.ts';
import { localIsoDate } from '../../lib/checklist/formats.ts';
import { buildMailto } from '../../lib/checklist/mailto.ts';
import { validateChecklist } from '../../lib/checklist/validate.ts';
import { focusField, handleErrorSummaryLinks, renderErrorSummary, setFieldError } from '../form/errors.ts';
import { readAnswers, syncConditionals, writeAnswers } from './form-io.ts';
import { fieldHtmlId } from './ids.ts';
import { clearNotice, clearNotices, showNotice } from './notices.ts';
import { blankPdf, canSharePdf, filledPdf } from './pdf-actions.ts';
import { downloadFile, readStored, removeStored, writeStored } from './storage.ts';
import { fillSummary } from './summary-view.ts';

const summaryHash = '#granska';
const saveDelay = 600;

function must<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Checklistan saknar ${selector}`);
  return found;
}

const today = () => localIsoDate(new Date());
const timeOf = (date: Date) => date.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' });
const whenOf = (iso: string) => {
  const date = new Date(iso);
  return `${date.toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' })} kl. ${timeOf(date)}`;
};

/**
 * The checklist: validates on submit (GOV.UK), saves the draft as the person types, shows "Kontrollera
 * dina svar", and makes the PDF and the e-mail. Nothing leaves the browser.
 */
class ChecklistTool extends HTMLElement {
  #form!: HTMLFormElement;
  #formView!: HTMLElement;
  #summaryView!: HTMLElement;
  #errorSummary!: HTMLElement;
  #notices!: HTMLElement;
  #draftStatus!: HTMLElement;
  #confirm!: HTMLElement;
  #pdfStatus!: HTMLElement;
  #blankStatus!: HTMLElement;
  #commsChief = '';
  #baseTitle = '';
  #saveTimer: number | undefined;
  #storageWarned = false;
  #fieldErrors: string[] = [];

  connectedCallback(): void {
    this.#form = must(this, '[data-checklist-form]');
    this.#formView = must(this, '[data-view="form"]');
    this.#summaryView = must(this, '[data-view="summary"]');
    this.#errorSummary = must(document, '#cl-error-summary');
    this.#notices = must(this, '[data-notices]');
    this.#draftStatus = must(this, '[data-draft-status]');
    this.#confirm = must(this, '[data-confirm-reset]');
    this.#pdfStatus = must(this, '[data-pdf-status]');
    this.#blankStatus = must(this, '[data-blank-status]');
    this.#commsChief = this.dataset.commsChiefEmail ?? '';
    this.#baseTitle = document.title;

    for (const node of this.querySelectorAll<HTMLElement>('[data-js-only]')) node.hidden = false;
    for (const node of this.querySelectorAll<HTMLElement>('[data-nojs]')) node.hidden = true;
    must(this, '[data-action="share-pdf"]').hidden = !canSharePdf();

    this.#restore();
    this.#form.addEventListener('input', () => this.#changed());
    this.#form.addEventListener('change', () => this.#changed());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    this.addEventListener('click', (event) => this.#onClick(event));
    must<HTMLInputElement>(this, '#cl-import').addEventListener('change', (event) => void this.#import(event.target as HTMLInputElement));
    handleErrorSummaryLinks(this.#errorSummary, this);
    window.addEventListener('hashchange', () => this.#route());
    window.addEventListener('popstate', () => this.#route());
    // A save still waiting for its delay is written before the page goes away.
    window.addEventListener('pagehide', () => {
      if (this.#saveTimer !== undefined) this.#saveNow();
    });
    window.addEventListener('beforeprint', () => this.#preparePrint());
    this.#route(false);
  }

  #answers(): Answers {
    return readAnswers(this.#form, checklist);
  }

  #changed(): void {
    syncConditionals(this.#form, checklist, this.#answers());
    window.clearTimeout(this.#saveTimer);
    this.#saveTimer = window.setTimeout(() => this.#saveNow(), saveDelay);
  }

  /** Saves at once; an empty form leaves nothing behind in the browser. */
  #saveNow(): void {
    window.clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const answers = this.#answers();
    if (isBlank(answers)) {
      removeStored(draftStorageKey);
      return;
    }
    const now = new Date();
    if (writeStored(draftStorageKey, serializeDraft(answers, now))) {
      this.#draftStatus.textContent = `Det du skriver sparas bara i den här webbläsaren. Senast sparat kl. ${timeOf(now)}.`;
    } else if (!this.#storageWarned) {
      this.#storageWarned = true;
      showNotice(
        this.#notices,
        'storage',
        'warning',
        'Webbläsaren låter oss inte spara utkastet. Spara det som fil med knappen Spara utkastet som fil, så att du inte förlorar något om sidan stängs.',
      );
    }
  }

  #restore(): void {
    const raw = readStored(draftStorageKey);
    if (!raw) {
      writeAnswers(this.#form, checklist, emptyAnswers(checklist));
      return;
    }
    const result = parseDraft(raw, checklist);
    if (result.kind === 'ok') {
      writeAnswers(this.#form, checklist, { ...emptyAnswers(checklist), ...result.draft.answers });
      if (!isBlank(result.draft.answers)) {
        showNotice(this.#notices, 'restored', 'info', `Vi har återställt det du skrev. Det sparades ${whenOf(result.draft.savedAt)}.`, [
          { label: 'Börja om med ett tomt formulär', run: () => this.#askReset() },
        ]);
      }
      return;
    }
    // Never lose what was saved: keep the unreadable draft apart, and let the person download it.
    writeStored(setAsideStorageKey, raw);
    removeStored(draftStorageKey);
    writeAnswers(this.#form, checklist, emptyAnswers(checklist));
    showNotice(
      this.#notices,
      'set-aside',
      'warning',
      `Vi kunde inte läsa utkastet som var sparat i webbläsaren. ${result.message} Vi har lagt det åt sidan, och du börjar med ett tomt formulär.`,
      [{ label: 'Ladda ner det undanlagda utkastet', run: () => downloadFile(`checklista-undanlagt-utkast-${today()}.json`, raw, 'application/json') }],
    );
  }

  #clearFieldErrors(): void {
    for (const id of this.#fieldErrors) setFieldError(this, id, null);
    this.#fieldErrors = [];
    renderErrorSummary(this.#errorSummary, [], this);
  }

  /** GOV.UK's pattern: every problem in the summary, each next to its field, the summary focused, "Fel:" in the title. */
  #showErrors(errors: ReturnType<typeof validateChecklist>): void {
    this.#clearFieldErrors();
    const shown = errors.map((e) => ({ fieldId: fieldHtmlId(e.fieldId), message: e.message }));
    for (const error of shown) setFieldError(this, error.fieldId, error.message);
    this.#fieldErrors = shown.map((e) => e.fieldId);
    renderErrorSummary(this.#errorSummary, shown, this);
    document.title = `Fel: ${this.#baseTitle}`;
    this.#errorSummary.focus();
  }

  #validate() {
    return validateChecklist(checklist, this.#answers(), { today: today() });
  }

  #submit(): void {
    const errors = this.#validate();
    if (errors.length) {
      this.#showErrors(errors);
      return;
    }
    this.#clearFieldErrors();
    this.#saveNow();
    if (window.location.hash === summaryHash) this.#route();
    else window.location.hash = summaryHash;
  }

  /** The address bar says which view is open, so the browser's back button returns from the summary to the form. */
  #route(moveFocus = true): void {
    const hash = window.location.hash;
    if (hash === summaryHash) {
      const errors = this.#validate();
      if (errors.length) {
        history.replaceState(null, '', window.location.pathname + window.location.search);
        this.#showForm();
        if (moveFocus || !isBlank(this.#answers())) this.#showErrors(errors);
        return;
      }
      this.#showSummary(moveFocus);
      return;
    }
    const anchor = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    // The skip link and other anchors around the summary leave the view as it is.
    if (anchor && !this.#form.contains(anchor) && (anchor.contains(this) || this.#summaryView.contains(anchor))) return;
    const target = anchor && this.#form.contains(anchor) ? anchor : null;
    const wrapper = target?.closest<HTMLElement>('[data-f-field]');
    const fromSummary = !this.#summaryView.hidden;
    this.#showForm();
    if (wrapper) focusField(this, wrapper.dataset.fField!);
    else if (moveFocus && fromSummary) must(document, '#cl-title').focus();
  }

  #showForm(): void {
    this.#summaryView.hidden = true;
    this.#formView.hidden = false;
    document.title = this.#errorSummary.hidden ? this.#baseTitle : `Fel: ${this.#baseTitle}`;
  }

  #showSummary(moveFocus: boolean): void {
    const answers = this.#answers();
    fillSummary(this.#summaryView, checklist, answers);
    const account = textOf(answers, 'account-name').trim();
    const pdfName = pdfFileName(account, today());
    const mail = buildMailto({ def: checklist, answers, commsChiefEmail: this.#commsChief, pdfFileName: pdfName });
    must<HTMLAnchorElement>(this, '[data-mailto]').href = mail.href;
    must(this, '[data-mail-shortened]').hidden = !mail.shortened;
    must(this, '[data-manager-email]').textContent = `${textOf(answers, 'manager-name').trim()} (${textOf(answers, 'manager-email').trim()})`;
    must(this, '[data-pdf-name]').textContent = `(${pdfName})`;
    this.#pdfStatus.textContent = '';
    this.#formView.hidden = true;
    this.#summaryView.hidden = false;
    document.title = `Kontrollera dina svar – ${this.#baseTitle}`;
    if (moveFocus) must(this, '#cl-summary-title').focus();
  }

  #onClick(event: Event): void {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    if (!button) return;
    switch (button.dataset.action) {
      case 'export':
        return this.#export();
      case 'reset':
        return this.#askReset();
      case 'cancel-reset':
        this.#confirm.hidden = true;
        must(this, '[data-action="reset"]').focus();
        return;
      case 'confirm-reset':
        return this.#reset();
      case 'download-pdf':
        return void this.#downloadPdf();
      case 'share-pdf':
        return void this.#sharePdf();
      case 'download-blank':
        return void this.#downloadBlank();
      case 'print':
        return window.print();
      case 'back-to-form':
        this.#goToForm();
        must(document, '#cl-title').focus();
        return;
    }
  }

  #export(): void {
    const answers = this.#answers();
    const name = draftFileName(textOf(answers, 'account-name').trim(), today());
    downloadFile(name, serializeDraft(answers, new Date()), 'application/json');
    showNotice(this.#notices, 'export', 'success', `Utkastet är sparat som filen ${name} bland dina nedladdade filer. Öppna den här på sidan när du vill fortsätta.`);
  }

  /** Leaves the summary without a hashchange, so focus can be placed on purpose. */
  #goToForm(): void {
    if (window.location.hash) history.pushState(null, '', window.location.pathname + window.location.search);
    this.#showForm();
  }

  #askReset(): void {
    if (!this.#summaryView.hidden) this.#goToForm();
    this.#confirm.hidden = false;
    must(this.#confirm, 'h3').focus();
  }

  #reset(): void {
    window.clearTimeout(this.#saveTimer);
    removeStored(draftStorageKey);
    writeAnswers(this.#form, checklist, emptyAnswers(checklist));
    this.#clearFieldErrors();
    this.#confirm.hidden = true;
    clearNotices(this.#notices);
    this.#draftStatus.textContent = 'Det du skriver sparas bara i den här webbläsaren, inte på någon server.';
    document.title = this.#baseTitle;
    showNotice(this.#notices, 'reset', 'success', 'Formuläret är tömt. Du kan börja fylla i checklistan från början.');
    must(document, '#cl-title').focus();
  }

  async #import(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const error = must(this, '#cl-import-error');
    error.setAttribute('role', 'alert');
    const text = file.size > maxImportBytes ? '' : await file.text();
    const result = importDraft(text, file.size, checklist);
    input.value = '';
    if (result.kind === 'invalid') {
      setFieldError(this, 'cl-import', result.message);
      return;
    }
    setFieldError(this, 'cl-import', null);
    const previous = this.#answers();
    writeAnswers(this.#form, checklist, { ...emptyAnswers(checklist), ...result.draft.answers });
    this.#clearFieldErrors();
    this.#saveNow();
    clearNotice(this.#notices, 'restored');
    const undo = isBlank(previous)
      ? []
      : [
          {
            label: 'Ångra och ta tillbaka det jag skrev innan',
            run: () => {
              writeAnswers(this.#form, checklist, previous);
              this.#saveNow();
              showNotice(this.#notices, 'import', 'success', 'Det du skrev innan är tillbaka.');
            },
          },
        ];
    showNotice(this.#notices, 'import', 'success', `Utkastet från filen ${file.name} är inläst (sparat ${whenOf(result.draft.savedAt)}).`, undo);
  }

  async #makePdf(): Promise<{ bytes: Uint8Array; name: string } | null> {
    const answers = this.#answers();
    const name = pdfFileName(textOf(answers, 'account-name').trim(), today());
    this.#pdfStatus.textContent = 'PDF-filen skapas …';
    try {
      return { bytes: await filledPdf(checklist, answers, today()), name };
    } catch {
      this.#pdfStatus.textContent = 'PDF-filen kunde inte skapas. Försök igen, eller skriv ut checklistan i stället.';
      return null;
    }
  }

  async #downloadPdf(): Promise<void> {
    const pdf = await this.#makePdf();
    if (!pdf) return;
    downloadFile(pdf.name, pdf.bytes, 'application/pdf');
    this.#pdfStatus.textContent = `PDF-filen ${pdf.name} är nedladdad. Bifoga den i e-postmeddelandet.`;
  }

  async #sharePdf(): Promise<void> {
    const pdf = await this.#makePdf();
    if (!pdf) return;
    const file = new File([new Uint8Array(pdf.bytes)], pdf.name, { type: 'application/pdf' });
    try {
      await navigator.share({ files: [file], title: checklist.title, text: `${checklist.title}, för beslut.` });
      this.#pdfStatus.textContent = `PDF-filen ${pdf.name} är delad.`;
    } catch (error) {
      this.#pdfStatus.textContent =
        error instanceof DOMException && error.name === 'AbortError'
          ? 'Du avbröt delningen. Du kan ladda ner PDF-filen i stället.'
          : 'PDF-filen kunde inte delas. Ladda ner den i stället.';
    }
  }

  async #downloadBlank(): Promise<void> {
    this.#blankStatus.textContent = 'PDF-filen skapas …';
    try {
      const name = 'checklista-digital-kanal-tom.pdf';
      downloadFile(name, await blankPdf(checklist), 'application/pdf');
      this.#blankStatus.textContent = `Den tomma checklistan är nedladdad som ${name}.`;
    } catch {
      this.#blankStatus.textContent = 'PDF-filen kunde inte skapas. Försök igen.';
    }
  }

  /** Paper gets the summary with the decision, whichever view is open. */
  #preparePrint(): void {
    fillSummary(this.#summaryView, checklist, this.#answers());
    must(this, '[data-print-date]').textContent = today();
  }
}

customElements.define('checklist-tool', ChecklistTool);
