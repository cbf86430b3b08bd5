/**
 * Internals of the wijkschets UI: its user-visible texts.
 */
package nl.veerkracht.wijkschets.ui.internal;
