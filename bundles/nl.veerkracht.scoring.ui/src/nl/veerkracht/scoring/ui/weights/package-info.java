/**
 * The Gewichten view: the weights of the signal map's indicators with a slider and a spinner each, and the
 * year selector; the map follows every change live.
 */
package nl.veerkracht.scoring.ui.weights;
