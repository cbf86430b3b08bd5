/**
 * Finding and selecting features of a map: which feature lies under a pointer or inside a box, the
 * topmost visible one first, and how a new pick changes an existing selection. UI-free, so that the map
 * tools of any front end and headless code pick alike.
 */
package nl.veerkracht.gis.core.select;
