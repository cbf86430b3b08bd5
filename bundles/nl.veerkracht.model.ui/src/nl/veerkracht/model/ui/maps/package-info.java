/**
 * Keeping the Map view's map in an analysis ("Kaart bewaren in analyse") and opening a kept map again from
 * the Project Explorer ("Openen in kaartvenster", or a double-click); the mapping itself is UI-free in
 * {@link nl.veerkracht.model.maps}.
 */
package nl.veerkracht.model.ui.maps;
