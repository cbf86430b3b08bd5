package nl.veerkracht.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.AfspraakStatus;
import nl.veerkracht.model.Beoordeling;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.Dilemma;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Kostenklasse;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.Partij;
import nl.veerkracht.model.PartijRol;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Prestatieafspraak;
import nl.veerkracht.model.ProjectStatus;
import nl.veerkracht.model.Sleutelproject;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.method.Wijkschetsen;
import nl.veerkracht.model.regions.RegionTree;

/**
 * The demo's analysis: Veerhaven's gemeente, wijken and buurten and two invented workshop results, so that the
 * phases after the signal map (wijkschetsen, the city-wide impact and the memo) can be tried without data or a
 * workshop of one's own. The wijkschetsen are of the two wijken the demo lets slide: Molenkamp (most deprived,
 * sliding fast) and Vlietlanden (sliding slowly). Every text says it is invented. The result is the same on every
 * call.
 */
public final class DemoAnalyse {

	/** The analysis name. */
	public static final String NAME = "Veerhaven (demo)";
	/** The file name the workbench gives it. */
	public static final String FILE_NAME = "veerhaven.veerkracht";
	/** The wijk code of Molenkamp. */
	public static final String MOLENKAMP = "WK999902";
	/** The wijk code of Vlietlanden. */
	public static final String VLIETLANDEN = "WK999905";

	private static final String INVENTED = " (Fictief: demo.)";
	private static final VeerkrachtFactory FACTORY = VeerkrachtFactory.eINSTANCE;

	private DemoAnalyse() {
	}

	/**
	 * @param demo the demo municipality
	 * @return a new analysis of it with two wijkschetsen and three prestatieafspraken, in no resource
	 */
	public static Analyse create(DemoGemeente demo) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Feature wijk : demo.wijken().getFeatures()) {
			names.put((String) wijk.getAttribute("gwb_code"), (String) wijk.getAttribute("regio"));
		}
		for (Feature buurt : demo.buurten().getFeatures()) {
			names.put((String) buurt.getAttribute("gwb_code"), (String) buurt.getAttribute("regio"));
		}
		Gemeente gemeente = RegionTree.gemeente(DemoGemeente.CODE, DemoGemeente.NAME, names);
		Analyse analyse = FACTORY.createAnalyse();
		analyse.setName(NAME);
		analyse.setReferenceYear(DemoGemeente.YEAR);
		analyse.getGemeenten().add(gemeente);
		Wijk molenkamp = wijk(gemeente, MOLENKAMP);
		Wijk vlietlanden = wijk(gemeente, VLIETLANDEN);
		analyse.getWijkschetsen().add(molenkamp(molenkamp));
		analyse.getWijkschetsen().add(vlietlanden(vlietlanden));
		analyse.getPrestatieafspraken().add(afspraak("Minder concentratie van kwetsbare huishoudens in Molenkamp",
				"Bij vrijkomende corporatiewoningen in Molenkamp wordt voorrang voor uitstroom uit beschermd wonen "
						+ "beperkt; de gemeente spreidt de opvang over alle wijken.",
				molenkamp, "p_hh_osm", 21, 16, AfspraakStatus.AFGESPROKEN, "Veerhaven Wonen", PartijRol.WONINGCORPORATIE));
		analyse.getPrestatieafspraken().add(afspraak("Sloop en nieuwbouw Molenkamp-Noord",
				"120 portiekflats worden gesloopt en vervangen door 80 sociale huurwoningen en 60 middenhuur- en "
						+ "koopwoningen.",
				molenkamp, "p_wcorpw", 78, 65, AfspraakStatus.CONCEPT, "Veerhaven Wonen", PartijRol.WONINGCORPORATIE));
		analyse.getPrestatieafspraken().add(afspraak("Buurtteam Vlietlanden versterkt",
				"Het buurtteam krijgt twee extra generalisten en een vast spreekuur in de brede school.",
				vlietlanden, "p_hh_osm", 12, 10, AfspraakStatus.IN_UITVOERING, "Huurdersvereniging Vlietlanden",
				PartijRol.HUURDERSORGANISATIE));
		return analyse;
	}

	private static Wijkschets molenkamp(Wijk wijk) {
		Wijkschets schets = Wijkschetsen.nieuw(wijk);
		schets.setBevolking("Veel jonge gezinnen en alleenstaanden met een laag inkomen; een derde van de huishoudens "
				+ "leeft rond het sociaal minimum. Veel verhuizingen: wie kan, vertrekt." + INVENTED);
		rate(schets, StatusAspect.FYSIEKE_KWALITEIT, Beoordeling.ZWAK, "Portiekflats uit de jaren zestig, slecht ge\u00efsoleerd.");
		rate(schets, StatusAspect.SOCIALE_LEEFBAARHEID, Beoordeling.ZEER_ZWAK, "Overlast rond het winkelplein, weinig onderling contact.");
		rate(schets, StatusAspect.SOCIALE_INFRASTRUCTUUR, Beoordeling.MATIG, "Een brede school, maar het buurthuis is gesloten.");
		schets.setProbleemanalyse("De corporatievoorraad trekt vooral huishoudens met weinig draagkracht aan.\n"
				+ "\u2022 Uitstroom uit beschermd wonen komt bijna geheel in Molenkamp terecht.\n"
				+ "\u2022 Sociale stijgers verlaten de wijk." + INVENTED);
		schets.setDefinitieVanSucces("Over tien jaar woont er een gemengde bevolking, kiezen gezinnen ervoor te blijven "
				+ "en voelen bewoners zich veilig op het winkelplein." + INVENTED);
		schets.getSleutelprojecten().add(project("Sloop en nieuwbouw Molenkamp-Noord", "Veerhaven Wonen",
				ProjectStatus.GEPLAND, 2026, 2031));
		schets.getSleutelprojecten().add(project("Heropening buurthuis De Kamp", "Gemeente Veerhaven",
				ProjectStatus.LOPEND, 2025, 2026));
		PerspectiefInzet sociaal = inzet(schets, Handelingsperspectief.SOCIALE_AANPAK, 3,
				"Zonder steun achter de voordeur lukt niets anders.");
		sociaal.getMaatregelen().add(maatregel("Buurtteam met vaste contactpersoon per portiek", "Gemeente Veerhaven",
				Kostenklasse.MIDDEN, 2025, 2030));
		inzet(schets, Handelingsperspectief.LEEFOMGEVING, 2, "Het winkelplein opnieuw inrichten.");
		PerspectiefInzet woning = inzet(schets, Handelingsperspectief.WONINGPROGRAMMA, 3,
				"Differenti\u00ebren: minder sociale huur, meer middenhuur en koop.");
		woning.getMaatregelen().add(maatregel("Sloop van 120 portiekflats, 140 woningen terug", "Veerhaven Wonen",
				Kostenklasse.HOOG, 2026, 2031));
		PerspectiefInzet herpositionering = inzet(schets, Handelingsperspectief.HERPOSITIONERING, 4,
				"Toewijzing van kwetsbare huishoudens over de hele stad spreiden.");
		herpositionering.getMaatregelen().add(maatregel("Geen voorrang meer voor uitstroom naar Molenkamp",
				"Veerhaven Wonen", Kostenklasse.LAAG, 2025, null));
		Buurt eerste = wijk.getBuurten().get(0);
		BuurtVerfijning verfijning = FACTORY.createBuurtVerfijning();
		verfijning.setBuurt(eerste);
		verfijning.setIntensity(2);
		verfijning.setNote("Hier staan de nieuwe seniorenwoningen; minder streng.");
		herpositionering.getBuurtVerfijningen().add(verfijning);
		dilemma(schets, "Spreiden of versterken?", "Wie in Molenkamp niet meer terecht kan, komt elders terecht: "
				+ "kunnen Vlietlanden en Lindenhof dat dragen?");
		schets.setComplete(true);
		return schets;
	}

	private static Wijkschets vlietlanden(Wijk wijk) {
		Wijkschets schets = Wijkschetsen.nieuw(wijk);
		schets.setBevolking("Ouder wordende bewoners in koopwoningen naast een groeiend aandeel huishoudens met "
				+ "schulden in de huurflats langs de Vliet." + INVENTED);
		rate(schets, StatusAspect.FYSIEKE_KWALITEIT, Beoordeling.VOLDOENDE, "Redelijk onderhouden, wel verouderd.");
		rate(schets, StatusAspect.SOCIALE_LEEFBAARHEID, Beoordeling.MATIG, "Eerste signalen van vereenzaming en schulden.");
		rate(schets, StatusAspect.SOCIALE_INFRASTRUCTUUR, Beoordeling.MATIG, "Huisarts en school aanwezig, weinig jongerenwerk.");
		schets.setProbleemanalyse("De wijk glijdt langzaam af; nog is er veerkracht om problemen op te vangen." + INVENTED);
		schets.setDefinitieVanSucces("Vroegtijdig hulp bij schulden en eenzaamheid; de wijk blijft gemengd." + INVENTED);
		inzet(schets, Handelingsperspectief.SOCIALE_AANPAK, 2, "Vroegsignalering via huisarts en corporatie.")
				.getMaatregelen().add(maatregel("Schuldhulp aan huis", "Gemeente Veerhaven", Kostenklasse.LAAG, 2025, 2028));
		inzet(schets, Handelingsperspectief.LEEFOMGEVING, 1, "Groen langs de Vliet onderhouden.");
		inzet(schets, Handelingsperspectief.WONINGPROGRAMMA, 0, "");
		inzet(schets, Handelingsperspectief.HERPOSITIONERING, 1, "Bij mutatie letten op de balans in de flats.");
		dilemma(schets, "Opvangen of voorkomen?", "Vlietlanden kan huishoudens uit Molenkamp opnemen, maar hoeveel "
				+ "voordat de wijk zelf kantelt?");
		return schets;
	}

	private static Wijk wijk(Gemeente gemeente, String code) {
		return gemeente.getWijken().stream().filter(wijk -> code.equals(wijk.getCode())).findFirst()
				.orElseThrow(() -> new IllegalStateException("the demo has no wijk " + code));
	}

	private static void rate(Wijkschets schets, StatusAspect aspect, Beoordeling rating, String note) {
		for (StatusBeoordeling beoordeling : schets.getStatusBeoordelingen()) {
			if (beoordeling.getAspect() == aspect) {
				beoordeling.setRating(rating);
				beoordeling.setNote(note);
			}
		}
	}

	private static PerspectiefInzet inzet(Wijkschets schets, Handelingsperspectief perspective, int intensity,
			String rationale) {
		PerspectiefInzet inzet = schets.getPerspectiefMix().stream().filter(i -> i.getPerspective() == perspective)
				.findFirst().orElseThrow();
		inzet.setIntensity(intensity);
		inzet.setRationale(rationale);
		return inzet;
	}

	private static Maatregel maatregel(String description, String owner, Kostenklasse cost, Integer start, Integer end) {
		Maatregel maatregel = FACTORY.createMaatregel();
		maatregel.setDescription(description);
		maatregel.setOwner(owner);
		maatregel.setCostClass(cost);
		maatregel.setStartYear(start);
		maatregel.setEndYear(end);
		return maatregel;
	}

	private static Sleutelproject project(String name, String owner, ProjectStatus status, int start, int end) {
		Sleutelproject project = FACTORY.createSleutelproject();
		project.setName(name);
		project.setOwner(owner);
		project.setStatus(status);
		project.setStartYear(start);
		project.setEndYear(end);
		return project;
	}

	private static void dilemma(Wijkschets schets, String title, String description) {
		Dilemma dilemma = FACTORY.createDilemma();
		dilemma.setTitle(title);
		dilemma.setDescription(description);
		schets.getDilemmas().add(dilemma);
	}

	private static Prestatieafspraak afspraak(String title, String agreement, Wijk gebied, String variable,
			double baseline, double target, AfspraakStatus status, String partner, PartijRol role) {
		Prestatieafspraak afspraak = FACTORY.createPrestatieafspraak();
		afspraak.setTitle(title);
		afspraak.setAgreement(agreement + INVENTED);
		afspraak.setGebied(gebied);
		afspraak.setIndicatorVariableId(variable);
		afspraak.setBaselineValue(baseline);
		afspraak.setBaselineYear(DemoGemeente.YEAR);
		afspraak.setTargetValue(target);
		afspraak.setTargetYear(DemoGemeente.YEAR + 6);
		afspraak.setStatus(status);
		afspraak.getParties().add(partij("Gemeente Veerhaven", PartijRol.GEMEENTE));
		afspraak.getParties().add(partij(partner, role));
		return afspraak;
	}

	private static Partij partij(String name, PartijRol role) {
		Partij partij = FACTORY.createPartij();
		partij.setName(name);
		partij.setRole(role);
		return partij;
	}
}
