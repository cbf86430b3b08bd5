/** The workshop's full-screen presentation of a wijkschets: its map and its 2×2, large and live. */
package nl.veerkracht.wijkschets.ui.presentatie;
