/**
 * An example indicator plug-in to copy: the share of inhabitants aged 65 or over. See the bundle's README.md.
 */
package nl.veerkracht.scoring.example;
