/**
 * The 2×2 matrix of the handelingsperspectieven (issue 7, method.md phase 3): {@link
 * nl.veerkracht.wijkschets.ui.matrix.PerspectiveMatrix}, its {@link nl.veerkracht.wijkschets.ui.matrix.IntensityControl},
 * the quadrant colours and the widget keys.
 */
package nl.veerkracht.wijkschets.ui.matrix;
