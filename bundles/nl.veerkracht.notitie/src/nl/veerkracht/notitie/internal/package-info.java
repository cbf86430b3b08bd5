/**
 * The chapters of the notitie and the number formats they use. Not API: use
 * {@link nl.veerkracht.notitie.NotitieBuilder}.
 */
package nl.veerkracht.notitie.internal;
