package nl.veerkracht.gis.ui.sld;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.sld.GeometryKind;
import nl.veerkracht.gis.core.style.sld.StyledLayer;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * What the style commands of the Layers view share: the one selected layer and its map, the SLD file (the
 * command's {@value #FILE_PARAMETER} parameter, or else chosen in a file dialog) and telling the user.
 */
abstract class LayerCommand extends AbstractHandler {

	/**
	 * The id of the optional command parameter naming the SLD file, so that scripts and tests can run the
	 * command without a file dialog.
	 */
	static final String FILE_PARAMETER = "nl.veerkracht.gis.ui.sld.file"; //$NON-NLS-1$

	private static final String[] EXTENSIONS = { "*.sld", "*.*" }; //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Optional<VectorLayer> layer = selectedLayer(event);
		if (layer.isEmpty()) {
			MessageDialog.openInformation(shell, SldMessages.Sld_errorTitle, SldMessages.Sld_noLayer);
			return null;
		}
		MapContent map;
		try {
			map = MapView.show(HandlerUtil.getActiveWorkbenchWindowChecked(event)).getMapContent();
		} catch (IllegalStateException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		run(event, shell, layer.get(), map);
		return null;
	}

	/**
	 * Does the command's work for the selected layer.
	 *
	 * @param event the command's event, for its parameter and the status line
	 * @param shell the shell for dialogs
	 * @param layer the selected layer
	 * @param map   the map holding it
	 */
	abstract void run(ExecutionEvent event, Shell shell, VectorLayer layer, MapContent map);

	private static Optional<VectorLayer> selectedLayer(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof VectorLayer layer) {
			return Optional.of(layer);
		}
		return Optional.empty();
	}

	/**
	 * @param event       the command's event
	 * @param shell       the shell for the file dialog
	 * @param style       {@link SWT#OPEN} or {@link SWT#SAVE}
	 * @param title       the dialog's title
	 * @param layer       the layer, whose file's folder and title suggest where and what
	 * @return the file named by the command parameter, or chosen; empty when the user cancelled
	 */
	static Optional<Path> sldFile(ExecutionEvent event, Shell shell, int style, String title, VectorLayer layer) {
		String parameter = event.getParameter(FILE_PARAMETER);
		if (parameter != null && !parameter.isBlank()) {
			return Optional.of(Path.of(parameter));
		}
		FileDialog dialog = new FileDialog(shell, style);
		dialog.setText(title);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(new String[] { SldMessages.Sld_filterSld, SldMessages.Sld_filterAll });
		layer.getSource().map(Path::getParent).ifPresent(folder -> dialog.setFilterPath(folder.toString()));
		if (style == SWT.SAVE) {
			dialog.setFileName(layer.getTitle().replaceAll("[\\\\/:*?\"<>|]", "_") + ".sld"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			dialog.setOverwrite(true);
		}
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}

	/**
	 * @param layer a layer
	 * @return its style as SLD writes it: named after the layer in its data file, for its kind of geometry
	 */
	static StyledLayer styled(VectorLayer layer) {
		return new StyledLayer(layer.getFeatures().getSchema().getName(), layer.getStyle(),
				GeometryKind.of(layer.getFeatures()));
	}

	/** Shows a short confirmation in the status line of the part the command came from. */
	static void status(ExecutionEvent event, String message) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof IViewPart view) {
			view.getViewSite().getActionBars().getStatusLineManager().setMessage(message);
		}
	}

	/** Tells what was read differently from the file, if anything. */
	static void tell(Shell shell, Path file, List<ReadWarning> warnings) {
		if (!warnings.isEmpty()) {
			String text = warnings.stream().map(ReadWarning::message).collect(Collectors.joining("\n")); //$NON-NLS-1$
			MessageDialog.openWarning(shell, SldMessages.Sld_warningsTitle,
					NLS.bind(SldMessages.Sld_warnings, file.getFileName(), text));
		}
	}
}
