package nl.veerkracht.model.tests;

import nl.veerkracht.model.AfspraakStatus;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Beoordeling;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.DataSource;
import nl.veerkracht.model.Dilemma;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.GebiedsMix;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.GeometryReference;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.IndicatorGewicht;
import nl.veerkracht.model.IndicatorValue;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.KaartLaag;
import nl.veerkracht.model.Kostenklasse;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.Normalisatie;
import nl.veerkracht.model.Partij;
import nl.veerkracht.model.PartijRol;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Prestatieafspraak;
import nl.veerkracht.model.ProjectStatus;
import nl.veerkracht.model.Referentie;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.Sleutelproject;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;

/**
 * A valid analysis of an invented part of Zaanstad in which every class of the model occurs, with
 * every attribute set: the fixture of the round-trip and validation tests.
 */
public final class FullAnalyse {

	private static final VeerkrachtFactory F = VeerkrachtFactory.eINSTANCE;

	private FullAnalyse() {
	}

	/**
	 * @return a new, valid, complete analysis
	 */
	public static Analyse create() {
		Analyse analyse = F.createAnalyse();
		analyse.setName("Zaanstad 2024 — veerkracht");
		analyse.setReferenceYear(2024);

		DataSource buurten = F.createDataSource();
		buurten.setName("CBS wijken en buurten 2024");
		buurten.setUri("data/buurten_2024.gpkg");
		analyse.getDataSources().add(buurten);
		KaartInstelling signaleringskaart = F.createKaartInstelling();
		signaleringskaart.setName("Signaleringskaart 2024");
		signaleringskaart.setCrsCode("EPSG:28992");
		signaleringskaart.setScale(25_000.0);
		signaleringskaart.getLayerUris().add("data/buurten_2024.gpkg");
		KaartLaag laag = F.createKaartLaag();
		laag.setTitle("Buurten — laag inkomen");
		laag.setSourceUri("data/buurten_2024.gpkg");
		laag.setLayerName("buurten");
		laag.setVisible(false);
		laag.setOpacity(0.75);
		laag.setStyle("<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\" version=\"1.0.0\">"
				+ "<NamedLayer><Name>buurten</Name><UserStyle><FeatureTypeStyle><Rule><PolygonSymbolizer/></Rule>"
				+ "</FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>");
		signaleringskaart.getLagen().add(laag);
		analyse.getKaarten().add(signaleringskaart);

		Gemeente zaanstad = F.createGemeente();
		zaanstad.setName("Zaanstad");
		zaanstad.setCode("GM0479");
		zaanstad.setGeometry(geometry("data/gemeenten_2024.gpkg", "GM0479"));
		analyse.getGemeenten().add(zaanstad);

		Wijk poelenburg = F.createWijk();
		poelenburg.setName("Poelenburg");
		poelenburg.setCode("WK047903");
		poelenburg.setGeometry(geometry("data/wijken_2024.gpkg", "WK047903"));
		zaanstad.getWijken().add(poelenburg);

		Buurt noord = buurt(poelenburg, "Poelenburg-Noord", "BU04790301");
		Buurt zuid = buurt(poelenburg, "Poelenburg-Zuid", "BU04790302");

		Gebied gebied = F.createGebied();
		gebied.setName("Zaandam-Oost (Poelenburg en Peldersveld)");
		gebied.getOnderdelen().add(poelenburg);
		gebied.getOnderdelen().add(noord);
		analyse.getGebieden().add(gebied);

		IndicatorValue laagInkomen = F.createIndicatorValue();
		laagInkomen.setRegio(noord);
		laagInkomen.setVariableId("HuishoudensMetEenLaagInkomen");
		laagInkomen.setYear(2022);
		laagInkomen.setValue(18.4);
		laagInkomen.setUnit("%");
		laagInkomen.setSource("CBS KWB 2024, kolom Huishoudens met een laag inkomen");
		analyse.getIndicatorValues().add(laagInkomen);
		IndicatorValue onderdrukt = F.createIndicatorValue();
		onderdrukt.setRegio(zuid);
		onderdrukt.setVariableId("HuishoudensMetEenLaagInkomen");
		onderdrukt.setYear(2022);
		onderdrukt.setUnit("%");
		onderdrukt.setSource("CBS KWB 2024");
		onderdrukt.setMissingReason("geheim (minder dan 100 huishoudens)");
		analyse.getIndicatorValues().add(onderdrukt);

		analyse.getWijkschetsen().add(wijkschets(poelenburg, noord));
		analyse.getPrestatieafspraken().add(afspraak(poelenburg));

		Scenario scenario = F.createScenario();
		scenario.setName("Instroom spreiden");
		scenario.setDescription("Minder toewijzing aan kwetsbare huishoudens in Poelenburg.");
		GebiedsMix mix = F.createGebiedsMix();
		mix.setGebied(gebied);
		mix.getInzet().add(inzet(Handelingsperspectief.HERPOSITIONERING, 3, "toewijzing aanpassen"));
		scenario.getMixes().add(mix);
		analyse.getScenarios().add(scenario);
		analyse.setSignaleringskaart(signaleringskaart());
		return analyse;
	}

	/**
	 * @return signal-map settings with every attribute away from its default and two weights
	 */
	public static Signaleringskaart signaleringskaart() {
		Signaleringskaart kaart = F.createSignaleringskaart();
		kaart.setJaar(2022);
		kaart.setGemeenteCode("GM0479");
		kaart.setReferentie(Referentie.ALLE);
		kaart.setNormalisatie(Normalisatie.RANG);
		kaart.setMinimaleDekking(0.75);
		kaart.setGrenzen("data/buurten_2024.gpkg");
		kaart.getKwbBestanden().add("data/kwb-2021.xlsx");
		kaart.getKwbBestanden().add("file:///srv/cbs/kwb-2022.xlsx");
		kaart.getGewichten().add(gewicht("laag_inkomen", 2.0));
		kaart.getGewichten().add(gewicht("bijstand", 0.5));
		return kaart;
	}

	/**
	 * @return a weight of an indicator
	 */
	public static IndicatorGewicht gewicht(String indicatorId, double weight) {
		IndicatorGewicht gewicht = F.createIndicatorGewicht();
		gewicht.setIndicatorId(indicatorId);
		gewicht.setGewicht(weight);
		return gewicht;
	}

	/**
	 * @return a wijkschets that satisfies every rule of a complete wijkschets
	 */
	public static Wijkschets wijkschets(Wijk wijk, Buurt verfijndeBuurt) {
		Wijkschets schets = F.createWijkschets();
		schets.setName("Wijkschets Poelenburg");
		schets.setGebied(wijk);
		schets.setPhotoPath("foto's/poelenburg.jpg");
		KaartInstelling kaart = F.createKaartInstelling();
		kaart.setName("Kaart van de wijk");
		kaart.setCrsCode("EPSG:28992");
		kaart.setCenterX(116_500.0);
		kaart.setCenterY(492_300.0);
		kaart.setScale(10_000.0);
		kaart.setSignaalkaartInset(true);
		kaart.getLayerUris().add("data/buurten_2024.gpkg");
		kaart.getLayerUris().add("data/wegen.gpkg");
		schets.setKaart(kaart);
		Sleutelproject project = F.createSleutelproject();
		project.setName("Vernieuwing Poelenburg");
		project.setOwner("Parteon");
		project.setStatus(ProjectStatus.LOPEND);
		project.setStartYear(2019);
		project.setEndYear(2028);
		schets.getSleutelprojecten().add(project);
		schets.setBevolking("Jong, veel grote gezinnen; groeiend aandeel eenpersoonshuishoudens.");
		schets.getStatusBeoordelingen().add(status(StatusAspect.FYSIEKE_KWALITEIT, Beoordeling.MATIG));
		schets.getStatusBeoordelingen().add(status(StatusAspect.SOCIALE_LEEFBAARHEID, Beoordeling.ZWAK));
		schets.getStatusBeoordelingen().add(status(StatusAspect.SOCIALE_INFRASTRUCTUUR, Beoordeling.VOLDOENDE));
		schets.setProbleemanalyse("Concentratie van huishoudens met een laag inkomen en weinig dragers.");
		schets.setDefinitieVanSucces("Over tien jaar voelen bewoners zich veilig en is de instroom gemengder.");
		Dilemma dilemma = F.createDilemma();
		dilemma.setTitle("Spreiden of versterken");
		dilemma.setDescription("Minder kwetsbare instroom hier betekent meer elders in de stad.");
		schets.getDilemmas().add(dilemma);
		schets.setComplete(true);
		PerspectiefInzet sociaal = inzet(Handelingsperspectief.SOCIALE_AANPAK, 4, "vol op het orgel: begeleiden van bewoners");
		Maatregel maatregel = F.createMaatregel();
		maatregel.setDescription("Buurtcoaches achter de voordeur");
		maatregel.setOwner("Gemeente Zaanstad");
		maatregel.setCostClass(Kostenklasse.MIDDEN);
		maatregel.setStartYear(2025);
		maatregel.setEndYear(2027);
		sociaal.getMaatregelen().add(maatregel);
		BuurtVerfijning verfijning = F.createBuurtVerfijning();
		verfijning.setBuurt(verfijndeBuurt);
		verfijning.setIntensity(3);
		verfijning.setNote("minder urgent dan de rest van de wijk");
		sociaal.getBuurtVerfijningen().add(verfijning);
		schets.getPerspectiefMix().add(sociaal);
		schets.getPerspectiefMix().add(inzet(Handelingsperspectief.WONINGPROGRAMMA, 0, "geen sloop-nieuwbouw"));
		return schets;
	}

	/**
	 * @return a prestatieafspraak that satisfies every rule
	 */
	public static Prestatieafspraak afspraak(Wijk wijk) {
		Prestatieafspraak afspraak = F.createPrestatieafspraak();
		afspraak.setTitle("Meer dragers in Poelenburg");
		afspraak.getParties().add(partij("Gemeente Zaanstad", PartijRol.GEMEENTE));
		afspraak.getParties().add(partij("Parteon", PartijRol.WONINGCORPORATIE));
		afspraak.getParties().add(partij("Huurdersvereniging Zaandam", PartijRol.HUURDERSORGANISATIE));
		afspraak.setAgreement("20% van de vrijkomende woningen naar middeninkomens.");
		afspraak.setGebied(wijk);
		afspraak.setIndicatorVariableId("HuishoudensMetEenLaagInkomen");
		afspraak.setBaselineValue(18.4);
		afspraak.setBaselineYear(2022);
		afspraak.setTargetValue(15.0);
		afspraak.setTargetYear(2030);
		afspraak.setStatus(AfspraakStatus.AFGESPROKEN);
		return afspraak;
	}

	/**
	 * @return a perspective with the given intensity and no measures
	 */
	public static PerspectiefInzet inzet(Handelingsperspectief perspective, int intensity, String rationale) {
		PerspectiefInzet inzet = F.createPerspectiefInzet();
		inzet.setPerspective(perspective);
		inzet.setIntensity(intensity);
		inzet.setRationale(rationale);
		return inzet;
	}

	/**
	 * @return a rated status
	 */
	public static StatusBeoordeling status(StatusAspect aspect, Beoordeling rating) {
		StatusBeoordeling status = F.createStatusBeoordeling();
		status.setAspect(aspect);
		status.setRating(rating);
		status.setNote("toelichting bij " + aspect.getLiteral());
		return status;
	}

	private static Partij partij(String name, PartijRol role) {
		Partij partij = F.createPartij();
		partij.setName(name);
		partij.setRole(role);
		return partij;
	}

	private static Buurt buurt(Wijk wijk, String name, String code) {
		Buurt buurt = F.createBuurt();
		buurt.setName(name);
		buurt.setCode(code);
		buurt.setGeometry(geometry("data/buurten_2024.gpkg", code));
		wijk.getBuurten().add(buurt);
		return buurt;
	}

	private static GeometryReference geometry(String layer, String featureId) {
		GeometryReference reference = F.createGeometryReference();
		reference.setLayerUri(layer);
		reference.setFeatureId(featureId);
		return reference;
	}
}
