/**
 * A complete scoring run: CBS data, buurt boundaries and the registered indicators turned into the
 * engine's indicator table, scored per year (kwetsbaarheid, klasse, draagkracht, trend, hot spots,
 * robustness) and laid out as the signal-map layer ({@link nl.veerkracht.scoring.run.SignalMapLayer}).
 * UI-free.
 */
package nl.veerkracht.scoring.run;
