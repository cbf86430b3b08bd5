package nl.veerkracht.gis.ui.identify;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Adapts an {@link IdentifiedFeature} to the {@link IPropertySource} the Properties view shows,
 * explained by the contributed {@link AttributeDescribers}. Registered in {@code plugin.xml}.
 */
public final class FeaturePropertyAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && adaptable instanceof IdentifiedFeature identified) {
			LayerPresentation presentation = new LayerPresentation(identified.layer(), AttributeDescribers.contributed());
			return adapterType.cast(new FeaturePropertySource(identified, presentation));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
