/**
 * Exporting the wijkschets poster from the workbench: the command "Poster exporteren…" (editor header tool bar,
 * Project Explorer, File menu), its dialog (file, date, participants, PNG resolution), the maps framed from the
 * open signal map and the job that writes the poster with {@link nl.veerkracht.report.poster.PosterExport}.
 */
package nl.veerkracht.wijkschets.ui.poster;
