/**
 * The live map of a wijkschets's area (issue 7): {@link nl.veerkracht.wijkschets.ui.map.WijkMap}, the SWT
 * composite, and {@link nl.veerkracht.wijkschets.ui.map.WijkMapFraming}, the framing of the signal map on the
 * area without any user interface, which the poster shares.
 */
package nl.veerkracht.wijkschets.ui.map;
