/**
 * The demo signal map: the invented municipality Veerhaven's five years of figures, written as Wijk- en
 * Buurtkaart files into a workspace project and scored like real CBS files, so that the signal map can be
 * tried without any data.
 */
package nl.veerkracht.scoring.ui.demo;
