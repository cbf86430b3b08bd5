/**
 * Building the region hierarchy of an analysis (gemeente, wijken, buurten) from CBS region codes.
 */
package nl.veerkracht.model.regions;
