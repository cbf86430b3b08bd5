/**
 * The multi-page form editor of a wijkschets: its input, frame (dirty state, Save, Save As, undo and
 * redo through the analysis's editing domain, Properties and Problems), the data bindings its pages use,
 * and the page header they share.
 */
package nl.veerkracht.wijkschets.ui.editor;
