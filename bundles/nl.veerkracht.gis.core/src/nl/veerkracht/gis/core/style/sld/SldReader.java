package nl.veerkracht.gis.core.style.sld;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.gis.core.io.WarningSink;
import nl.veerkracht.gis.core.style.LayerStyle;

/**
 * Reads OGC Styled Layer Descriptors into {@link LayerStyle}s: SLD 1.0.0 as {@link SldWriter} and other
 * software write it, and SLD 1.1.0 with Symbology Encoding 1.1 elements as QGIS exports it. Documents this
 * workbench wrote give back equal styles; others the nearest single-symbol, categorized or graduated style
 * (see {@link StyleAssembler}).
 * <p>
 * What cannot be shown faithfully either stops the read with an {@link SldException} that names the
 * document, the line and what is unsupported (filters other than comparisons of one attribute, several
 * feature type styles that each draw features, styles kept on a server), or is read with a documented
 * fallback and a {@link nl.veerkracht.gis.core.io.ReadWarning} naming the line (external graphics and
 * other marks are drawn as circles, dashes solid, scale limits of symbols ignored, a missing "geen gegevens"
 * rule is made light grey). Documents with a DOCTYPE are refused, so external entities are never resolved.
 * An instance is not thread-safe; use one per read.
 */
public final class SldReader {

	private static final Set<String> VERSIONS = Set.of("1.0.0", "1.1.0");

	private final WarningSink warnings;

	/** Creates a reader that drops warnings. */
	public SldReader() {
		this(WarningSink.IGNORE);
	}

	/**
	 * Creates a reader that tells what it read differently from the document.
	 *
	 * @param warnings receives the warnings, each naming the document and line
	 */
	public SldReader(WarningSink warnings) {
		this.warnings = Objects.requireNonNull(warnings, "warnings");
	}

	/**
	 * Reads an SLD file.
	 *
	 * @param file the file
	 * @return the style of each layer in the document, in document order; never empty
	 * @throws SldException naming the file, and the line where known, when it cannot be read
	 */
	public List<StyledLayer> read(Path file) throws SldException {
		String source = String.valueOf(file.getFileName());
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, source);
		} catch (IOException e) {
			throw new SldException(source, 0, 0, "the file cannot be read (" + e + ")", e);
		}
	}

	/**
	 * Reads SLD text, e.g. a style kept in an analysis.
	 *
	 * @param xml    the document
	 * @param source what the text is, for messages, e.g. {@code "style of layer buurten"}
	 * @return the style of each layer in the document, in document order; never empty
	 * @throws SldException naming the source and line when the document cannot be read
	 */
	public List<StyledLayer> read(String xml, String source) throws SldException {
		return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), source);
	}

	/**
	 * Reads an SLD document from a stream, which is left open.
	 *
	 * @param in     the document
	 * @param source what the document is, for messages, e.g. its file name
	 * @return the style of each layer in the document, in document order; never empty
	 * @throws SldException naming the source and line when the document cannot be read
	 */
	public List<StyledLayer> read(InputStream in, String source) throws SldException {
		ReadContext context = new ReadContext(source, warnings);
		XmlElement root = XmlTreeReader.parse(in, source);
		if (!root.isStyle("StyledLayerDescriptor")) {
			throw context.fault(root, "the root element is " + root.qualifiedName()
					+ ", not StyledLayerDescriptor: this is not an SLD document");
		}
		String version = root.attribute("version");
		if (version != null && !VERSIONS.contains(version)) {
			context.warn(root, "SLD version " + version + " is read as 1.0.0");
		}
		List<StyledLayer> layers = new ArrayList<>();
		for (XmlElement child : root.children()) {
			if (child.isStyle("NamedLayer") || child.isStyle("UserLayer")) {
				layers.add(layer(child, context));
			}
		}
		if (layers.isEmpty()) {
			throw context.fault(root, "the document holds no layer style (NamedLayer with a UserStyle)");
		}
		return List.copyOf(layers);
	}

	/**
	 * Chooses the style for one layer among those of a document: the layer of the same name, or the only
	 * one when the document holds one.
	 *
	 * @param layers    the styles of a document
	 * @param layerName the name of the layer
	 * @return the style, or empty when the document names several layers and none is so named
	 */
	public static Optional<StyledLayer> forLayer(List<StyledLayer> layers, String layerName) {
		Optional<StyledLayer> named = layers.stream().filter(layer -> layer.name().equals(layerName)).findFirst();
		return named.isPresent() || layers.size() != 1 ? named : Optional.of(layers.get(0));
	}

	private StyledLayer layer(XmlElement layer, ReadContext context) throws SldException {
		String name = Objects.requireNonNullElse(layer.styleText("Name"), "");
		List<XmlElement> styles = layer.styleChildren("UserStyle");
		if (styles.isEmpty()) {
			XmlElement named = layer.styleChild("NamedStyle");
			throw named != null ? context.fault(named, "NamedStyle refers to a style kept on a map server; only "
					+ "styles written out in full (UserStyle) can be read")
					: context.fault(layer, "the layer \"" + name + "\" has no UserStyle");
		}
		XmlElement style = styles.stream().filter(SldReader::isDefault).findFirst().orElse(styles.get(0));
		if (styles.size() > 1) {
			context.warn(style, "the layer \"" + name + "\" has " + styles.size() + " styles; only "
					+ (isDefault(style) ? "the default" : "the first") + " one is read");
		}
		List<ReadRule> rules = rules(style, context);
		Map<String, String> metadata = Metadata.parse(abstractOf(style));
		LayerStyle layerStyle = new StyleAssembler(context).assemble(rules, metadata, style);
		GeometryKind kind = rules.stream().map(rule -> rule.symbols().kind()).filter(Objects::nonNull).findFirst()
				.orElse(GeometryKind.POLYGON);
		return new StyledLayer(name, layerStyle, kind);
	}

	private static boolean isDefault(XmlElement style) {
		String value = style.styleText("IsDefault");
		return "1".equals(value) || "true".equalsIgnoreCase(value);
	}

	/** The rules of all feature type styles; only one of them may draw features, the others only label. */
	private List<ReadRule> rules(XmlElement style, ReadContext context) throws SldException {
		List<XmlElement> featureTypeStyles = style.styleChildren("FeatureTypeStyle");
		if (featureTypeStyles.isEmpty()) {
			throw context.fault(style, "the style has no FeatureTypeStyle");
		}
		RuleReader reader = new RuleReader(context);
		List<ReadRule> rules = new ArrayList<>();
		XmlElement drawing = null;
		for (XmlElement featureTypeStyle : featureTypeStyles) {
			List<ReadRule> own = new ArrayList<>();
			for (XmlElement rule : featureTypeStyle.styleChildren("Rule")) {
				own.add(reader.read(rule));
			}
			if (own.stream().anyMatch(rule -> rule.symbol() != null)) {
				if (drawing != null) {
					throw context.fault(featureTypeStyle, "a second FeatureTypeStyle draws features (the first starts"
							+ " on line " + drawing.line() + "); more than one FeatureTypeStyle is not supported, as"
							+ " each feature is drawn with one symbol here: combine their rules into one");
				}
				drawing = featureTypeStyle;
			}
			rules.addAll(own);
		}
		return rules;
	}

	/** The abstract of a style or rule: {@code Abstract} in SLD 1.0, {@code Description/Abstract} in SE. */
	static String abstractOf(XmlElement element) {
		String text = element.styleText("Abstract");
		XmlElement description = element.styleChild("Description");
		return text != null || description == null ? text : description.styleText("Abstract");
	}

	/** The title of a style or rule: {@code Title} in SLD 1.0, {@code Description/Title} in SE. */
	static String titleOf(XmlElement element) {
		String text = element.styleText("Title");
		XmlElement description = element.styleChild("Description");
		return text != null || description == null ? text : description.styleText("Title");
	}
}
