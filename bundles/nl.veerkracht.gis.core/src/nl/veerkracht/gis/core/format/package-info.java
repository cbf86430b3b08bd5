/**
 * Numbers written for Dutch readers, the same in the views and in the reports, whatever the platform locale. UI-free
 * and small, so that every bundle that shows or prints a figure can use it without a new dependency.
 */
package nl.veerkracht.gis.core.format;
