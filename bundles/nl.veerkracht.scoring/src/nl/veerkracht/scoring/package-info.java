/**
 * Indicators of the signaleringskaart: the {@link nl.veerkracht.scoring.Indicator} contract that plug-ins
 * implement, the {@link nl.veerkracht.scoring.IndicatorInput} view of one region and year of CBS data they
 * compute from, their results (a number, or missing with a reason, never 0 for missing), and the
 * {@link nl.veerkracht.scoring.IndicatorRegistry} of all indicators contributed through the extension point
 * {@code nl.veerkracht.scoring.indicators}.
 */
package nl.veerkracht.scoring;
