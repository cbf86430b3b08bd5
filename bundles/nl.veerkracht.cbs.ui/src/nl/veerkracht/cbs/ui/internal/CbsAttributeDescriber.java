package nl.veerkracht.cbs.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.cbs.catalogue.SourceFormat;
import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.cbs.catalogue.Variable;
import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.identify.AttributeDescriber;
import nl.veerkracht.gis.ui.identify.AttributeDescription;

/**
 * Explains CBS attributes through the variable catalogue: in a Wijk- en Buurtkaart or kwb layer (its
 * columns recognised as in the CBS import) and in boundaries joined with CBS figures (attributes named by
 * catalogue id). Missing values are told as they are: a Wijk- en Buurtkaart code such as {@code -99997}
 * becomes "geheim (CBS-code -99997)", a StatLine symbol such as {@code .} its meaning, and a joined
 * {@code null} the reason and the place the marker was found. Contributed to
 * {@code nl.veerkracht.gis.ui.attributeDescriptions}.
 */
public final class CbsAttributeDescriber implements AttributeDescriber {

	private static final List<SourceFormat> LAYER_FORMATS = List.of(SourceFormat.WBK_CLASSIC, SourceFormat.WBK_SNAKE_CASE,
			SourceFormat.WBK_CAMEL_CASE, SourceFormat.KWB_XLSX);
	/** A layer counts as a CBS layer of a format from this many known columns on. */
	private static final int MIN_KNOWN_COLUMNS = 3;
	private static final String JOIN_PREFIX = "cbs_"; //$NON-NLS-1$

	private final VariableCatalogue catalogue = VariableCatalogue.standard();
	private final Map<FeatureSchema, Optional<SourceFormat>> formats = new ConcurrentHashMap<>();

	@Override
	public Optional<AttributeDescription> describe(VectorLayer layer, String attribute) {
		return variable(layer.getFeatures(), attribute).map(variable -> new AttributeDescription(variable.labelNl(),
				unitText(variable.unit()), NLS.bind(Messages.CbsDescribe_description, variable.labelNl(), variable.id())));
	}

	@Override
	public Optional<String> missingReason(VectorLayer layer, Feature feature, String attribute, Object value) {
		FeatureCollection features = layer.getFeatures();
		boolean cbsLayer = format(features.getSchema()).isPresent();
		if (value instanceof Number number && (cbsLayer || variable(features, attribute).isPresent())) {
			double code = number.doubleValue();
			Optional<MissingReason> reason = MissingReason.forWbkCode(code);
			if (reason.isPresent()) {
				return Optional.of(NLS.bind(Messages.CbsDescribe_code, text(reason.get()), plain(number)));
			}
			if (MissingReason.looksLikeUnlistedWbkCode(code)) {
				return Optional.of(NLS.bind(Messages.CbsDescribe_unlistedCode, plain(number)));
			}
		} else if (value instanceof String symbol && variable(features, attribute).isPresent()) {
			return MissingReason.forSymbol(symbol).map(reason -> NLS.bind(Messages.CbsDescribe_symbol, text(reason), symbol.strip()));
		} else if (value == null && JoinedMissingValues.isJoined(features)) {
			return variable(features, attribute).flatMap(variable -> JoinedMissingValues.observation(features, feature, variable.id()))
					.flatMap(CbsAttributeDescriber::joinedReason);
		}
		return Optional.empty();
	}

	private static Optional<String> joinedReason(Observation observation) {
		return observation.missingReason()
				.map(reason -> NLS.bind(Messages.CbsDescribe_source, text(reason), observation.source()));
	}

	private Optional<Variable> variable(FeatureCollection features, String attribute) {
		Optional<SourceFormat> format = format(features.getSchema());
		if (format.isPresent()) {
			List<Variable> variables = catalogue.variablesForColumn(format.get(), attribute);
			if (!variables.isEmpty()) {
				return Optional.of(variables.get(0));
			}
		}
		if (JoinedMissingValues.isJoined(features)) {
			Optional<Variable> byId = catalogue.variable(attribute);
			return byId.isPresent() || !attribute.startsWith(JOIN_PREFIX) ? byId
					: catalogue.variable(attribute.substring(JOIN_PREFIX.length()));
		}
		return Optional.empty();
	}

	/** The format whose columns the schema has most of, if it has enough of them to be a CBS layer. */
	private Optional<SourceFormat> format(FeatureSchema schema) {
		return formats.computeIfAbsent(schema, s -> {
			List<String> columns = s.getAttributes().stream().map(AttributeDescriptor::name).toList();
			SourceFormat best = null;
			int bestCount = MIN_KNOWN_COLUMNS - 1;
			for (SourceFormat format : LAYER_FORMATS) {
				int count = catalogue.countKnownColumns(format, columns);
				if (count > bestCount) {
					best = format;
					bestCount = count;
				}
			}
			return Optional.ofNullable(best);
		});
	}

	private static String plain(Number number) {
		double value = number.doubleValue();
		return value == Math.rint(value) ? Long.toString((long) value) : number.toString();
	}

	static String text(MissingReason reason) {
		return switch (reason) {
		case UNKNOWN_OR_SECRET -> Messages.MissingReason_unknownOrSecret;
		case SECRET -> Messages.MissingReason_secret;
		case NIHIL -> Messages.MissingReason_nihil;
		case NOT_YET_PUBLISHED -> Messages.MissingReason_notYetPublished;
		case SUPPRESSED -> Messages.MissingReason_suppressed;
		case BLANK -> Messages.MissingReason_blank;
		case NOT_DERIVABLE -> Messages.MissingReason_notDerivable;
		};
	}

	static String unitText(Unit unit) {
		return switch (unit) {
		case COUNT, CODE -> ""; //$NON-NLS-1$
		case PERCENT -> "%"; //$NON-NLS-1$
		case THOUSAND_EURO -> Messages.Unit_thousandEuro;
		case INHABITANTS_PER_KM2 -> Messages.Unit_inhabitantsPerKm2;
		case PER_KM2 -> Messages.Unit_perKm2;
		case PER_1000_INHABITANTS -> Messages.Unit_per1000Inhabitants;
		case PERSONS_PER_HOUSEHOLD -> Messages.Unit_personsPerHousehold;
		case PER_HOUSEHOLD -> Messages.Unit_perHousehold;
		case HECTARE -> Messages.Unit_hectare;
		case KILOMETRE -> Messages.Unit_kilometre;
		};
	}
}
