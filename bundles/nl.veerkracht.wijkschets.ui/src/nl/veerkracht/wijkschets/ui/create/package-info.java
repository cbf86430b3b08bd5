/**
 * Making or opening the wijkschets of a wijk from the map: the wijk under the context menu, the analysis it is
 * kept in, and the one undoable command that adds it.
 */
package nl.veerkracht.wijkschets.ui.create;
