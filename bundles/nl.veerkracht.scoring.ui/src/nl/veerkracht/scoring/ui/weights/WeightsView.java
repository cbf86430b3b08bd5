package nl.veerkracht.scoring.ui.weights;

import java.util.Optional;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.scoring.ui.SignalMapListener;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.open.SignalMapWizardKeys;

/**
 * The Gewichten view: the weights of the current signal map's indicators, with its year selector. Every
 * change rescores the map at once (in the background), so the map follows live; the status line shows the
 * class counts of the map shown. Without a signal map the view explains what it is for and offers to make
 * one.
 */
public final class WeightsView extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "nl.veerkracht.scoring.ui.weightsView"; //$NON-NLS-1$

	private static final String BUNDLE = "nl.veerkracht.scoring.ui"; //$NON-NLS-1$

	/**
	 * Shows the Gewichten view beside a signal map just shown, keeping the Map view in front when the two
	 * share a folder. Call on the UI thread.
	 *
	 * @param window the window whose Map view shows the signal map
	 */
	public static void showBeside(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(WeightsView.class).error(e.getMessage(), e);
		}
		IViewPart map = page.findView(MapView.ID);
		if (map != null && !page.isPartVisible(map)) {
			page.bringToTop(map);
		}
	}

	private final SignalMapListener listener = this::signalMapChanged;
	private Composite stack;
	private StackLayout layout;
	private Composite empty;
	private WeightsEditor editor;
	private RescoreActivity activity;
	private LocalResourceManager resources;
	private Image resetImage;

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		resetImage = ResourceLocator.imageDescriptorFromBundle(BUNDLE, "icons/reset.svg") //$NON-NLS-1$
				.map(resources::create).orElse(null);
		stack = new Composite(parent, SWT.NONE);
		layout = new StackLayout();
		stack.setLayout(layout);
		empty = createEmptyState(stack);
		activity = new RescoreActivity(parent.getDisplay(), this::setBusy);
		SignalMapSession.addListener(listener);
		signalMapChanged(SignalMapSession.current());
	}

	private Composite createEmptyState(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(composite);
		Label title = new Label(composite, SWT.WRAP);
		title.setText(WeightsMessages.View_emptyTitle);
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
		Label text = new Label(composite, SWT.WRAP);
		text.setText(WeightsMessages.View_emptyText);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		Button open = WidgetKeys.set(new Button(composite, SWT.PUSH), WeightsWidgetKeys.OPEN_WIZARD);
		open.setText(WeightsMessages.View_open);
		GridDataFactory.swtDefaults().indent(0, 8).applyTo(open);
		open.addListener(SWT.Selection, e -> openWizard());
		return composite;
	}

	private void openWizard() {
		try {
			getSite().getService(IHandlerService.class).executeCommand(SignalMapWizardKeys.COMMAND, null);
		} catch (CommandException e) {
			ILog.of(WeightsView.class).error(e.getMessage(), e);
		}
	}

	private void signalMapChanged(Optional<SignalMapSession> current) {
		if (stack == null || stack.isDisposed()) {
			return;
		}
		if (current.isEmpty()) {
			disposeEditor();
			layout.topControl = empty;
		} else if (editor == null || editor.session() != current.get()) {
			disposeEditor();
			editor = new WeightsEditor(stack, current.get(), resetImage);
			editor.setBusy(RescoreActivity.isRescoring());
			layout.topControl = editor.control();
		} else {
			editor.sessionRescored();
		}
		stack.layout(true, true);
	}

	private void setBusy(boolean rescoring) {
		if (editor != null && !editor.control().isDisposed()) {
			editor.setBusy(rescoring);
		}
	}

	private void disposeEditor() {
		if (editor != null) {
			editor.dispose();
			editor = null;
		}
	}

	@Override
	public void setFocus() {
		stack.setFocus();
	}

	@Override
	public void dispose() {
		SignalMapSession.removeListener(listener);
		if (activity != null) {
			activity.dispose();
		}
		super.dispose();
	}
}
