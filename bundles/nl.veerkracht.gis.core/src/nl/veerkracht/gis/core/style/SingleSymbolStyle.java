package nl.veerkracht.gis.core.style;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.gis.core.feature.FeatureSchema;

/**
 * Draws every feature of a layer with the same symbol.
 *
 * @param symbol the symbol
 * @param labelStyle the label settings, or {@code null} for no labels
 */
public record SingleSymbolStyle(SimpleStyle symbol, LabelStyle labelStyle) implements LayerStyle {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException if the symbol is {@code null}
	 */
	public SingleSymbolStyle {
		Objects.requireNonNull(symbol, "symbol");
	}

	/**
	 * Returns an unlabelled style with one symbol.
	 *
	 * @param symbol the symbol
	 * @return the style
	 */
	public static SingleSymbolStyle of(SimpleStyle symbol) {
		return new SingleSymbolStyle(symbol, null);
	}

	@Override
	public FeatureSymbolizer symbolizer(FeatureSchema schema) {
		return feature -> symbol;
	}

	@Override
	public List<LegendEntry> legend() {
		return List.of(new LegendEntry("", symbol, false));
	}

	@Override
	public Optional<LabelStyle> labels() {
		return Optional.ofNullable(labelStyle);
	}

	@Override
	public SingleSymbolStyle withLabels(LabelStyle newLabels) {
		return new SingleSymbolStyle(symbol, newLabels);
	}

	/**
	 * Returns a copy with another symbol.
	 *
	 * @param newSymbol the symbol
	 * @return the copy
	 */
	public SingleSymbolStyle withSymbol(SimpleStyle newSymbol) {
		return new SingleSymbolStyle(newSymbol, labelStyle);
	}

	@Override
	public double maxSymbolSize() {
		return Math.max(symbol.strokeWidth(), symbol.pointSize());
	}
}
