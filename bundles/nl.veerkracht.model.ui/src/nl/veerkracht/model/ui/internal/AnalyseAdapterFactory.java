package nl.veerkracht.model.ui.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

/** Lets the Properties view show and edit objects of open analyses. */
public final class AnalyseAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && adaptable instanceof EObject object) {
			return AnalyseSessions.of(object)
					.map(session -> (IItemPropertySource) session.getDomain().getAdapterFactory().adapt(object,
							IItemPropertySource.class))
					.map(source -> adapterType.cast(new AnalysePropertySource(object, source))).orElse(null);
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
