/**
 * The stadsbrede notitie: the city-wide memo of an analysis, made from its wijkschetsen, prestatieafspraken and a
 * comparison of a scenario against the baseline ({@link nl.veerkracht.notitie.NotitieBuilder}), written as PDF
 * ({@link nl.veerkracht.notitie.NotitiePdf}) and as an editable Word document
 * ({@link nl.veerkracht.notitie.NotitieDocx}) with the same chapters, numbering and texts. UI-free.
 */
package nl.veerkracht.notitie;
