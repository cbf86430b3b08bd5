/**
 * The result side of the Stadsbalans view: {@link nl.veerkracht.stad.ui.results.ComparisonPanel} shows a
 * comparison run — small-multiple maps of the projected class per scenario, the balance table with P10–P90
 * bands and differences to the baseline, a time chart per balance figure, the waterbed list and the trajectory
 * of a selected buurt — all driven by one year slider.
 */
package nl.veerkracht.stad.ui.results;
