/**
 * Reads Esri Shapefiles ({@code .shp} with {@code .shx}, {@code .dbf}, {@code .prj}, {@code .cpg}), also
 * packed in a {@code .zip}, through the Shapefile and dBase drivers of H2GIS. Non-fatal findings, such
 * as an assumed coordinate reference system, are reported as {@link nl.veerkracht.gis.shapefile.ReadWarning
 * read warnings}.
 */
package nl.veerkracht.gis.shapefile;
