package nl.veerkracht.model.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.CbsRegio;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.GebiedsMix;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.IndicatorGewicht;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Prestatieafspraak;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.model.scoring.Omschrijvingen;

/**
 * The rules analysts expect of an analysis, on top of EMF's own checks (multiplicities, references):
 * intensities on the scale, buurt refinements within their area, complete wijkschetsen, well-formed prestatieafspraken, CBS codes that
 * match their level, unique buurt codes and signal-map settings that can be computed (files named, a
 * gemeente code, year and coverage in range, one usable weight per indicator). Messages are in Dutch and
 * name the object.
 */
public class VeerkrachtValidator extends EObjectValidator {

	/** The source of every diagnostic of these rules. */
	public static final String DIAGNOSTIC_SOURCE = "nl.veerkracht.model";

	/** An intensity outside 0..4. */
	public static final int INTENSITY_OUT_OF_RANGE = 1;

	/** A wijkschets marked complete lacks a section. */
	public static final int WIJKSCHETS_INCOMPLETE = 2;

	/** A prestatieafspraak lacks a party, its indicator, its baseline or a valid target year. */
	public static final int AFSPRAAK_INCOMPLETE = 3;

	/** A CBS code does not match the level of its region. */
	public static final int CODE_MISMATCH = 4;

	/** Two buurten in one analysis share a code. */
	public static final int DUPLICATE_BUURT_CODE = 5;

	/** A wijkschets is about something other than a wijk or a gebied. */
	public static final int WIJKSCHETS_AREA = 6;

	/** An indicator weight is negative or not finite, or names no indicator. */
	public static final int INVALID_WEIGHT = 7;

	/** A signal map gives one indicator more than one weight. */
	public static final int DUPLICATE_WEIGHT = 8;

	/** A signal map's minimum coverage lies outside (0, 1]. */
	public static final int COVERAGE_OUT_OF_RANGE = 9;

	/** A signal map's gemeente code is not GM + 4 digits. */
	public static final int MALFORMED_GEMEENTE_CODE = 10;

	/** A signal map's year is negative. */
	public static final int NEGATIVE_YEAR = 11;

	/** A signal map names no KWB file or no buurt boundary layer. */
	public static final int SIGNALERINGSKAART_INCOMPLETE = 12;

	/** A buurt refinement names no buurt, or a buurt outside the wijk or gebied its perspective mix is about. */
	public static final int BUURT_OUTSIDE_GEBIED = 13;

	/** The shared instance, registered for the package by {@link #register()}. */
	public static final VeerkrachtValidator INSTANCE = new VeerkrachtValidator();

	private static final Pattern GEMEENTE_CODE = Pattern.compile("GM\\d{4}");
	private static final Pattern WIJK_CODE = Pattern.compile("WK\\d{6}");
	private static final Pattern BUURT_CODE = Pattern.compile("BU\\d{8}");

	/**
	 * Registers {@link #INSTANCE} as the validator of {@link VeerkrachtPackage}; calling it again does no
	 * harm. The bundle does this when it starts; plain Java code calls it itself.
	 */
	public static void register() {
		EValidator.Registry.INSTANCE.put(VeerkrachtPackage.eINSTANCE, INSTANCE);
	}

	/** Removes the registration of {@link #register()}, if it is still there. */
	public static void unregister() {
		if (EValidator.Registry.INSTANCE.get(VeerkrachtPackage.eINSTANCE) == INSTANCE) {
			EValidator.Registry.INSTANCE.remove(VeerkrachtPackage.eINSTANCE);
		}
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, eObject, diagnostics, context);
		if (!valid && diagnostics == null) {
			return false;
		}
		List<Diagnostic> problems = new ArrayList<>();
		if (eObject instanceof PerspectiefInzet inzet) {
			checkIntensity(inzet.getIntensity(), inzet, problems);
		} else if (eObject instanceof BuurtVerfijning verfijning) {
			checkIntensity(verfijning.getIntensity(), verfijning, problems);
			checkRefinedBuurt(verfijning, problems);
		} else if (eObject instanceof Wijkschets wijkschets) {
			checkWijkschets(wijkschets, problems);
		} else if (eObject instanceof Prestatieafspraak afspraak) {
			checkAfspraak(afspraak, problems);
		} else if (eObject instanceof CbsRegio regio) {
			checkCode(regio, problems);
		} else if (eObject instanceof Analyse analyse) {
			checkUniqueBuurtCodes(analyse, problems);
		} else if (eObject instanceof Signaleringskaart kaart) {
			checkSignaleringskaart(kaart, problems);
		} else if (eObject instanceof IndicatorGewicht gewicht) {
			checkGewicht(gewicht, problems);
		}
		if (diagnostics != null) {
			problems.forEach(diagnostics::add);
		}
		return valid && problems.isEmpty();
	}

	private static void checkIntensity(int intensity, EObject object, List<Diagnostic> problems) {
		if (!Intensiteit.isValid(intensity)) {
			problems.add(error(INTENSITY_OUT_OF_RANGE, "De intensiteit van " + Labels.of(object) + " is " + intensity
					+ "; die moet tussen " + Intensiteit.MIN + " (geen) en " + Intensiteit.MAX + " (vol op het orgel) liggen.",
					object));
		}
	}

	private static void checkRefinedBuurt(BuurtVerfijning verfijning, List<Diagnostic> problems) {
		Buurt buurt = verfijning.getBuurt();
		if (buurt == null) {
			problems.add(error(BUURT_OUTSIDE_GEBIED, Labels.of(verfijning) + " noemt geen buurt.", verfijning));
			return;
		}
		EObject mix = verfijning.eContainer() == null ? null : verfijning.eContainer().eContainer();
		Regio gebied = mix instanceof Wijkschets schets ? schets.getGebied() : mix instanceof GebiedsMix gebiedsMix ? gebiedsMix.getGebied() : null;
		boolean outside = gebied instanceof Wijk wijk ? buurt.getWijk() != wijk
				: gebied instanceof Gebied area && !area.getOnderdelen().contains(buurt) && !area.getOnderdelen().contains(buurt.getWijk());
		if (outside) {
			problems.add(error(BUURT_OUTSIDE_GEBIED, Labels.of(verfijning) + " noemt " + Labels.of(buurt) + ", die niet in "
					+ Labels.of(gebied) + " ligt; een verfijning hoort bij een buurt van het gebied zelf.", verfijning));
		}
	}

	private static void checkWijkschets(Wijkschets wijkschets, List<Diagnostic> problems) {
		Regio gebied = wijkschets.getGebied();
		if (gebied != null && !(gebied instanceof Wijk) && !(gebied instanceof Gebied)) {
			problems.add(error(WIJKSCHETS_AREA, Labels.of(wijkschets) + " gaat over " + Labels.of(gebied)
					+ "; een wijkschets hoort bij een wijk of een gebied.", wijkschets));
		}
		if (!wijkschets.isComplete()) {
			return;
		}
		String label = Labels.of(wijkschets) + " is als compleet gemarkeerd, maar ";
		if (isBlank(wijkschets.getProbleemanalyse())) {
			problems.add(error(WIJKSCHETS_INCOMPLETE, label + "heeft geen probleemanalyse.", wijkschets));
		}
		if (isBlank(wijkschets.getDefinitieVanSucces())) {
			problems.add(error(WIJKSCHETS_INCOMPLETE, label + "heeft geen definitie van succes.", wijkschets));
		}
		Map<StatusAspect, Integer> ratings = new LinkedHashMap<>();
		for (StatusBeoordeling beoordeling : wijkschets.getStatusBeoordelingen()) {
			if (beoordeling.isSetRating()) {
				ratings.merge(beoordeling.getAspect(), 1, Integer::sum);
			}
		}
		Set<StatusAspect> missing = EnumSet.allOf(StatusAspect.class);
		missing.removeAll(ratings.keySet());
		for (StatusAspect aspect : missing) {
			problems.add(error(WIJKSCHETS_INCOMPLETE, label + "heeft geen beoordeling van de " + aspect.getLiteral() + ".",
					wijkschets));
		}
		ratings.forEach((aspect, count) -> {
			if (count > 1) {
				problems.add(error(WIJKSCHETS_INCOMPLETE,
						label + "beoordeelt de " + aspect.getLiteral() + " " + count + " keer in plaats van één keer.", wijkschets));
			}
		});
		if (wijkschets.getPerspectiefMix().stream().noneMatch(inzet -> inzet.getIntensity() > 0)) {
			problems.add(error(WIJKSCHETS_INCOMPLETE,
					label + "zet geen enkel handelingsperspectief in (geen intensiteit boven 0).", wijkschets));
		}
	}

	private static void checkAfspraak(Prestatieafspraak afspraak, List<Diagnostic> problems) {
		String label = Labels.of(afspraak);
		if (afspraak.getParties().size() < 2) {
			problems.add(error(AFSPRAAK_INCOMPLETE, label + " noemt " + afspraak.getParties().size()
					+ " partij(en); een prestatieafspraak heeft er minstens twee.", afspraak));
		}
		if (isBlank(afspraak.getIndicatorVariableId())) {
			problems.add(error(AFSPRAAK_INCOMPLETE, label + " noemt geen indicator waarmee ze gemeten wordt.", afspraak));
		}
		if (afspraak.getBaselineValue() == null || afspraak.getBaselineYear() == null) {
			problems.add(error(AFSPRAAK_INCOMPLETE, label + " heeft geen nulmeting (waarde en jaar).", afspraak));
		}
		Integer targetYear = afspraak.getTargetYear();
		if (targetYear == null) {
			problems.add(error(AFSPRAAK_INCOMPLETE, label + " heeft geen streefjaar.", afspraak));
		} else if (afspraak.getBaselineYear() != null && targetYear <= afspraak.getBaselineYear()) {
			problems.add(error(AFSPRAAK_INCOMPLETE, label + " heeft streefjaar " + targetYear
					+ ", dat moet na het jaar van de nulmeting (" + afspraak.getBaselineYear() + ") liggen.", afspraak));
		}
	}

	private static void checkCode(CbsRegio regio, List<Diagnostic> problems) {
		Pattern pattern;
		String expected;
		if (regio instanceof Gemeente) {
			pattern = GEMEENTE_CODE;
			expected = "GM gevolgd door 4 cijfers";
		} else if (regio instanceof Wijk) {
			pattern = WIJK_CODE;
			expected = "WK gevolgd door 6 cijfers";
		} else if (regio instanceof Buurt) {
			pattern = BUURT_CODE;
			expected = "BU gevolgd door 8 cijfers";
		} else {
			return;
		}
		String code = regio.getCode();
		if (code == null || !pattern.matcher(code).matches()) {
			problems.add(error(CODE_MISMATCH, Labels.of(regio) + " heeft code " + (code == null ? "(geen)" : "'" + code + "'")
					+ "; een code op dit niveau is " + expected + ".", regio));
		}
	}

	private static void checkUniqueBuurtCodes(Analyse analyse, List<Diagnostic> problems) {
		Map<String, Buurt> seen = new LinkedHashMap<>();
		for (Gemeente gemeente : analyse.getGemeenten()) {
			for (Wijk wijk : gemeente.getWijken()) {
				for (Buurt buurt : wijk.getBuurten()) {
					if (buurt.getCode() == null) {
						continue;
					}
					Buurt earlier = seen.putIfAbsent(buurt.getCode(), buurt);
					if (earlier != null) {
						problems.add(error(DUPLICATE_BUURT_CODE, Labels.of(buurt) + " in " + Labels.of(analyse)
								+ " heeft dezelfde code als " + Labels.of(earlier) + "; elke buurt heeft een eigen code.",
								buurt, earlier, analyse));
					}
				}
			}
		}
	}

	private static void checkSignaleringskaart(Signaleringskaart kaart, List<Diagnostic> problems) {
		String label = Labels.of(kaart);
		if (kaart.getKwbBestanden().isEmpty()) {
			problems.add(error(SIGNALERINGSKAART_INCOMPLETE, label + " noemt geen KWB-bestand.", kaart));
		}
		if (isBlank(kaart.getGrenzen())) {
			problems.add(error(SIGNALERINGSKAART_INCOMPLETE, label + " noemt geen bestand met buurtgrenzen.", kaart));
		}
		String code = kaart.getGemeenteCode();
		if (!isBlank(code) && !GEMEENTE_CODE.matcher(code.strip().toUpperCase(Locale.ROOT)).matches()) {
			problems.add(error(MALFORMED_GEMEENTE_CODE, label + " heeft gemeentecode '" + code
					+ "'; een gemeentecode is GM gevolgd door 4 cijfers, of leeg voor alle buurten.", kaart));
		}
		if (kaart.getJaar() < 0) {
			problems.add(error(NEGATIVE_YEAR, label + " heeft jaar " + kaart.getJaar()
					+ "; dat is een jaartal, of 0 voor het laatste jaar in de gegevens.", kaart));
		}
		double dekking = kaart.getMinimaleDekking();
		if (!(dekking > 0 && dekking <= 1)) {
			problems.add(error(COVERAGE_OUT_OF_RANGE, label + " heeft minimale dekking " + Omschrijvingen.getal(dekking)
					+ "; die moet groter dan 0 en hoogstens 1 zijn.", kaart));
		}
		Map<String, IndicatorGewicht> seen = new LinkedHashMap<>();
		for (IndicatorGewicht gewicht : kaart.getGewichten()) {
			if (isBlank(gewicht.getIndicatorId())) {
				continue;
			}
			IndicatorGewicht earlier = seen.putIfAbsent(gewicht.getIndicatorId(), gewicht);
			if (earlier != null) {
				problems.add(error(DUPLICATE_WEIGHT, label + " geeft indicator '" + gewicht.getIndicatorId()
						+ "' meer dan één gewicht; elke indicator heeft hoogstens één gewicht.", kaart, earlier, gewicht));
			}
		}
	}

	private static void checkGewicht(IndicatorGewicht gewicht, List<Diagnostic> problems) {
		String label = Labels.of(gewicht);
		if (isBlank(gewicht.getIndicatorId())) {
			problems.add(error(INVALID_WEIGHT, label + " noemt geen indicator.", gewicht));
		}
		double value = gewicht.getGewicht();
		if (!(value >= 0) || Double.isInfinite(value)) {
			problems.add(error(INVALID_WEIGHT, label + " is " + Omschrijvingen.getal(value)
					+ "; een gewicht is een eindig getal van 0 of meer.", gewicht));
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static Diagnostic error(int code, String message, Object... data) {
		return new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message, data);
	}
}
