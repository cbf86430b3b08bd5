/**
 * The catalogue of CBS variables: one {@link nl.veerkracht.cbs.catalogue.Variable} per meaning and unit,
 * with the column names it has in each {@link nl.veerkracht.cbs.catalogue.SourceFormat}. The catalogue is
 * data ({@code catalogue.csv} beside these classes), parsed when it is loaded.
 */
package nl.veerkracht.cbs.catalogue;
