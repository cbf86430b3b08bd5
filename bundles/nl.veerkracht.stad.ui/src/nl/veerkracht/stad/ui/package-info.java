/**
 * Phase 4 in the workbench, "impact op de hele stad": the scenarios of an analysis, their run in a background
 * job, and the Stadsbalans view that compares them (balance figures side by side, time charts with bands, the
 * waterbed list, small-multiple maps of the projected classes with a year slider and a buurt's trajectory).
 * A thin UI over the UI-free {@code nl.veerkracht.stad} bundle.
 */
package nl.veerkracht.stad.ui;
