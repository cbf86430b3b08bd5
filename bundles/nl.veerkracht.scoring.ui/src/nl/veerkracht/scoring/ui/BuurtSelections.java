package nl.veerkracht.scoring.ui;

import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.ui.identify.IdentifiedFeature;
import nl.veerkracht.scoring.run.SignalMapLayer;

/**
 * Finds the buurt a workbench selection is about: a feature picked on the map or in the attribute table
 * (any layer whose features carry a CBS buurt code, such as the signal map or a buurt boundary layer), or a
 * {@link BuurtReference} published by a view.
 */
public final class BuurtSelections {

	private BuurtSelections() {
	}

	/**
	 * Returns the buurt code of the first selected element.
	 *
	 * @param selection a workbench selection, may be {@code null}
	 * @return the buurt code, e.g. {@code BU05990110}, or empty when the selection is not about a buurt
	 */
	public static Optional<String> buurtCode(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			return buurtCode(structured.getFirstElement());
		}
		return Optional.empty();
	}

	/**
	 * Returns the buurt code of a selected element.
	 *
	 * @param element an {@link IdentifiedFeature}, a {@link BuurtReference} or something adaptable to one
	 * @return the buurt code, or empty
	 */
	public static Optional<String> buurtCode(Object element) {
		BuurtReference reference = Adapters.adapt(element, BuurtReference.class);
		if (reference != null) {
			return Optional.of(reference.code());
		}
		IdentifiedFeature identified = Adapters.adapt(element, IdentifiedFeature.class);
		return identified == null ? Optional.empty() : buurtCode(identified.feature());
	}

	/**
	 * Returns the buurt code a feature carries: its {@value SignalMapLayer#BU_CODE} attribute, or else the
	 * first text attribute that is a CBS buurt code.
	 *
	 * @param feature a feature
	 * @return the buurt code, or empty
	 */
	public static Optional<String> buurtCode(Feature feature) {
		Optional<String> code = asBuurt(feature.getSchema().indexOf(SignalMapLayer.BU_CODE) >= 0
				? feature.getAttribute(SignalMapLayer.BU_CODE)
				: null);
		if (code.isPresent()) {
			return code;
		}
		for (AttributeDescriptor attribute : feature.getSchema().getAttributes()) {
			code = asBuurt(feature.getAttribute(attribute.name()));
			if (code.isPresent()) {
				return code;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> asBuurt(Object value) {
		if (!(value instanceof String text)) {
			return Optional.empty();
		}
		return RegionCode.parse(text).filter(code -> code.level() == RegionLevel.BUURT).map(RegionCode::code);
	}
}
