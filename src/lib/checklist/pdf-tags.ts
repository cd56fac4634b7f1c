import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, PDFRef } from '@cantoo/pdf-lib';
import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';

/** The structure roles the checklist uses: ISO 32000's standard types, which every PDF reader knows. */
export type TagRole = 'H1' | 'H2' | 'H3' | 'P' | 'Form';

/** One element of the logical structure: a heading, a paragraph, a form field. */
export interface TagElement {
  readonly ref: PDFRef;
  readonly role: PDFName;
  readonly kids: PDFArray;
}

/**
 * A tagged PDF (the logical structure that PDF/UA and WCAG ask of a document): a screen reader reads the
 * headings, paragraphs and form fields in order, with the document's language, and skips rules, lines and
 * page footers as decoration. pdf-lib draws but does not tag, so the structure is written here by hand:
 * every piece drawn is wrapped in marked content with an MCID, and the structure tree points back at it.
 */
export class PdfTags {
  private readonly doc: PDFDocument;
  private readonly document: TagElement;
  private readonly treeRoot: PDFDict;
  /** Page → its key in the parent tree and, by MCID, the element each marked piece belongs to. */
  private readonly pages = new Map<PDFPage, { key: number; owners: PDFRef[] }>();
  /** Parent tree entries of widgets: key → the Form element of that widget. */
  private readonly widgets: [number, PDFRef][] = [];
  private nextKey = 0;

  constructor(doc: PDFDocument) {
    this.doc = doc;
    const context = doc.context;
    this.treeRoot = context.obj({ Type: 'StructTreeRoot' });
    const treeRootRef = context.register(this.treeRoot);
    const kids = context.obj([]);
    const role = PDFName.of('Document');
    this.document = { ref: context.register(context.obj({ Type: 'StructElem', S: role, P: treeRootRef, K: kids })), role, kids };
    this.treeRoot.set(PDFName.of('K'), this.document.ref);
    doc.catalog.set(PDFName.of('StructTreeRoot'), treeRootRef);
    doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }

  /**
   * A new element at the end of the document: the checklist reads top to bottom, so a flat list of headings,
   * paragraphs and fields is its reading order. `alt` is what a screen reader says for it.
   */
  element(role: TagRole, alt?: string): TagElement {
    const context = this.doc.context;
    const kids = context.obj([]);
    const name = PDFName.of(role);
    const dict = context.obj({ Type: 'StructElem', S: name, P: this.document.ref, K: kids });
    if (alt) dict.set(PDFName.of('Alt'), PDFHexString.fromText(alt));
    const ref = context.register(dict);
    this.document.kids.push(ref);
    return { ref, role: name, kids };
  }

  /** Draws something that belongs to `element`, as a marked piece of the page's content. */
  mark(element: TagElement, page: PDFPage, draw: () => void): void {
    const entry = this.page(page);
    const mcid = entry.owners.length;
    entry.owners.push(element.ref);
    // A string operand is written as it stands: here the inline property list.
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [element.role, `<</MCID ${mcid}>>`]));
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    element.kids.push(this.doc.context.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid }));
  }

  /** Draws decoration (a rule, a signature line, the page footer) that a screen reader should skip. */
  artifact(page: PDFPage, draw: () => void): void {
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /**
   * The widget just added to `page` becomes a Form element in reading order, with `name` as its description.
   * What a screen reader says for the field itself is its TU, set by the caller on the field.
   */
  widget(page: PDFPage, name: string): TagElement {
    const annots = page.node.Annots();
    const widgetRef = annots?.get(annots.size() - 1);
    if (!(widgetRef instanceof PDFRef)) throw new Error('Inget formulärfält på sidan att märka.');
    const form = this.element('Form', name);
    form.kids.push(this.doc.context.obj({ Type: 'OBJR', Obj: widgetRef, Pg: page.ref }));
    const key = this.nextKey++;
    this.doc.context.lookup(widgetRef, PDFDict).set(PDFName.of('StructParent'), PDFNumber.of(key));
    this.widgets.push([key, form.ref]);
    return form;
  }

  /** Writes the parent tree, which maps each page's marked pieces and each widget back to their elements. */
  finish(): void {
    const context = this.doc.context;
    const nums = context.obj([]);
    const entries: [number, PDFRef | PDFArray][] = [
      ...[...this.pages.values()].map(({ key, owners }): [number, PDFArray] => [key, context.obj(owners)]),
      ...this.widgets,
    ];
    for (const [key, value] of entries.sort((a, b) => a[0] - b[0])) {
      nums.push(PDFNumber.of(key));
      nums.push(value);
    }
    this.treeRoot.set(PDFName.of('ParentTree'), context.register(context.obj({ Nums: nums })));
    this.treeRoot.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(this.nextKey));
  }

  private page(page: PDFPage): { key: number; owners: PDFRef[] } {
    let entry = this.pages.get(page);
    if (!entry) {
      entry = { key: this.nextKey++, owners: [] };
      this.pages.set(page, entry);
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(entry.key));
      // Tab through the form fields in the order of the structure, not of where they sit on the page.
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    }
    return entry;
  }
}
