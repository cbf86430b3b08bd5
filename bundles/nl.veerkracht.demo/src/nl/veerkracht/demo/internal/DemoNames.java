package nl.veerkracht.demo.internal;

import java.util.List;

/** Invented names for the demo city's wijken and buurten. Any likeness to a real place is chance. */
public final class DemoNames {

	/** The wijken, the first one central. */
	public static final List<String> WIJKEN = List.of("Centrum", "Molenkamp", "Lindenhof", "De Weiden", "Vlietlanden",
			"Beekdal");

	/** Buurt names, drawn in order. */
	public static final List<String> BUURTEN = List.of("Oude Stad", "Havenkwartier", "Stationskwartier", "Brinkzicht",
			"Kerkebuurt", "Sluiskwartier", "Schildersbuurt", "Dichtersbuurt", "Vogelbuurt", "Bloemenbuurt",
			"Rivierenbuurt", "Kastanjehof", "Watertorenbuurt", "Elzenhof", "Het Ven", "Fortkwartier", "Zuidpoort",
			"Klaverweide", "De Akkers", "Meander", "Hoogveld", "Lage Weide", "Vlietzoom", "De Bongerd", "Ringpark",
			"Beekhoven", "Tuinstad", "Eikenrode", "Polderzicht", "Veerpolder", "Kanaalzone",
			"Wilgenhoek", "Parkhaven", "Ooievaarsweide");

	private DemoNames() {
	}
}
