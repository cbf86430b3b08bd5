/**
 * The attribute table view: the features of one layer as rows, sortable, filterable, with the
 * selection linked both ways to the map.
 */
package nl.veerkracht.gis.ui.table;
