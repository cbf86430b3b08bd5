/**
 * The default indicators of the signaleringskaart, contributed through the extension point
 * {@code nl.veerkracht.scoring.indicators} like any other plug-in's (see this bundle's {@code plugin.xml}
 * for their ids, labels, units, directions, roles and weights). Each reads CBS Kerncijfers variables of the
 * catalogue; counts are divided by the inhabitants of the same buurt and year.
 */
package nl.veerkracht.scoring.indicators;
