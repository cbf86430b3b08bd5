/**
 * Implementation details of the core bundle; not API (exported x-internal).
 */
package nl.veerkracht.gis.core.internal;
