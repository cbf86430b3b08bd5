/**
 * The UI-free model behind attribute tables: feature rows that can be sorted by a column and filtered,
 * and attribute values formatted for people. A table widget only shows what this model orders.
 */
package nl.veerkracht.gis.core.table;
