/**
 * Graduated classification of numeric attribute values: class breaks by equal interval, quantile, natural
 * breaks (Jenks), standard deviation or manual breaks, ColorBrewer palettes to colour the classes and the
 * colour of the always-visible "no data" ("geen gegevens") class. UI-free.
 */
package nl.veerkracht.gis.core.style.classify;
