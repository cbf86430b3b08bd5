/**
 * The Indicatoren view: the per-indicator table of the current signal map, sortable by any column, with
 * raw, normalised and contribution values, the gemeente as reference, copy and CSV export, and the
 * selection shared with the map and the Buurtprofiel. Only {@link nl.veerkracht.scoring.ui.table.IndicatorTableView}
 * and {@link nl.veerkracht.scoring.ui.table.IndicatorTableKeys} are public.
 */
package nl.veerkracht.scoring.ui.table;
