/**
 * The Buurtprofiel view: one buurt of the signal map explained — class, score or why there is none,
 * draagkracht, hot spot, trend with early warning, the indicators against the gemeente, the course over the
 * years, the explanation of every indicator's part in the score and the robustness of the class. The view
 * follows the workbench selection and the {@link nl.veerkracht.scoring.ui.SignalMapSession}; its widgets
 * carry the ids of {@link nl.veerkracht.scoring.ui.profile.ProfileWidgetKeys}.
 */
package nl.veerkracht.scoring.ui.profile;
