package nl.veerkracht.model.ui;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import nl.veerkracht.model.ui.internal.AnalyseSessions;
import nl.veerkracht.model.ui.internal.Messages;

/** Labels and icons of analysis objects, as their item providers give them. */
public final class AnalyseLabelProvider extends LabelProvider {

	private final Map<URL, Image> images = new HashMap<>();

	@Override
	public String getText(Object element) {
		if (element instanceof AnalyseContentProvider.LoadProblem problem) {
			return NLS.bind(Messages.Analyse_unreadable, problem.message());
		}
		return itemProvider(element).map(provider -> provider.getText(element)).orElseGet(() -> super.getText(element));
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof AnalyseContentProvider.LoadProblem) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		}
		return itemProvider(element).map(provider -> provider.getImage(element)).filter(URL.class::isInstance)
				.map(URL.class::cast).map(url -> images.computeIfAbsent(url, u -> ImageDescriptor.createFromURL(u).createImage()))
				.orElse(null);
	}

	private static java.util.Optional<IItemLabelProvider> itemProvider(Object element) {
		if (element instanceof EObject object) {
			return AnalyseSessions.of(object).map(session -> (IItemLabelProvider) session.getDomain().getAdapterFactory()
					.adapt(object, IItemLabelProvider.class));
		}
		return java.util.Optional.empty();
	}

	@Override
	public void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
		super.dispose();
	}
}
