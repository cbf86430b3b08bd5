/**
 * Internal texts of the signal-map user interface; not API.
 */
package nl.veerkracht.scoring.ui.internal;
