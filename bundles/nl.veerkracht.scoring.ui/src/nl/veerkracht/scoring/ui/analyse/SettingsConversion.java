package nl.veerkracht.scoring.ui.analyse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import nl.veerkracht.model.Normalisatie;
import nl.veerkracht.model.Referentie;
import nl.veerkracht.model.scoring.SignalMapSettings;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.NormalisationMethod;
import nl.veerkracht.scoring.engine.Reference;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.ui.SignalMapInputs;
import nl.veerkracht.scoring.ui.SignalMapSession;

/**
 * Converts between a signal map in the workbench ({@link SignalMapSession}: inputs, year, weights) and the
 * settings an analysis keeps ({@link SignalMapSettings}).
 */
final class SettingsConversion {

	private SettingsConversion() {
	}

	/** @return the settings of the session's current state: its files, parameters, year and all weights */
	static SignalMapSettings settings(SignalMapSession session) {
		SignalMapInputs inputs = session.inputs();
		ScoringState state = session.state();
		Map<String, Double> weights = new LinkedHashMap<>();
		for (IndicatorSpec spec : state.run().table().indicators()) {
			weights.put(spec.id(), state.weights().get(spec.id()));
		}
		ScoringParameters parameters = inputs.parameters();
		return new SignalMapSettings(inputs.kwbFiles(), inputs.boundaries(), inputs.gemeente(),
				referentie(parameters.reference()), normalisatie(parameters.method()), parameters.minCoverage(),
				OptionalInt.of(state.year()), weights);
	}

	/** @return the inputs the settings describe (the class rule is the method's default) */
	static SignalMapInputs inputs(SignalMapSettings settings) {
		return new SignalMapInputs(settings.kwbFiles(), settings.boundaries(), settings.gemeente(),
				ScoringParameters.of(reference(settings.reference()), method(settings.normalisation()),
						settings.minCoverage()));
	}

	static Referentie referentie(Reference reference) {
		return switch (reference) {
		case GEMEENTE -> Referentie.GEMEENTE;
		case ALL -> Referentie.ALLE;
		};
	}

	static Reference reference(Referentie referentie) {
		return switch (referentie) {
		case GEMEENTE -> Reference.GEMEENTE;
		case ALLE -> Reference.ALL;
		};
	}

	static Normalisatie normalisatie(NormalisationMethod method) {
		return switch (method) {
		case Z_SCORE -> Normalisatie.ZSCORE;
		case RANK -> Normalisatie.RANG;
		};
	}

	static NormalisationMethod method(Normalisatie normalisatie) {
		return switch (normalisatie) {
		case ZSCORE -> NormalisationMethod.Z_SCORE;
		case RANG -> NormalisationMethod.RANK;
		};
	}
}
