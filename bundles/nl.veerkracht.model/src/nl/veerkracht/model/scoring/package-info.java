/**
 * The signal map kept in an analysis ({@link nl.veerkracht.model.Signaleringskaart}): its settings as plain
 * Java values ({@link nl.veerkracht.model.scoring.SignalMapSettings}) for the scoring code, converted both
 * ways by {@link nl.veerkracht.model.scoring.SignaleringskaartInstellingen}, and the short descriptions by
 * which the settings are listed. UI-free, and independent of the scoring bundles.
 */
package nl.veerkracht.model.scoring;
