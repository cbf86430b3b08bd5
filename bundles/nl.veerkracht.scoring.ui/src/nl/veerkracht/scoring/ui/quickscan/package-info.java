/**
 * File &gt; Export &gt; QuickScan Veerkracht: the QuickScan report of the open signal map (its files, year,
 * parameters and weights), written with the headless command's code into a chosen folder by a cancellable job.
 */
package nl.veerkracht.scoring.ui.quickscan;
