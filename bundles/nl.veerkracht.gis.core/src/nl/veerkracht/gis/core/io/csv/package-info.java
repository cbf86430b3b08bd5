/**
 * Attribute tables without geometry from CSV files (for example an analyst's figures per buurtcode), and
 * joining such a table to a layer by a code column.
 */
package nl.veerkracht.gis.core.io.csv;
