/**
 * Common types for reading data files: errors that name the file and position, and progress reporting.
 */
package nl.veerkracht.gis.core.io;
