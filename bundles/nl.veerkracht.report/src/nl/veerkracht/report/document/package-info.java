/**
 * The renderer-neutral document model shared by the reports (the QuickScan, the stadsbrede notitie): chapters of
 * {@link nl.veerkracht.report.document.Block}s, drawn as an A4 PDF with a table of contents and page numbers
 * ({@link nl.veerkracht.report.document.PdfReport}) or written as an editable Word document
 * ({@link nl.veerkracht.report.document.DocxReport}). Not API: shared with the report bundles named in the
 * manifest only.
 */
package nl.veerkracht.report.document;
