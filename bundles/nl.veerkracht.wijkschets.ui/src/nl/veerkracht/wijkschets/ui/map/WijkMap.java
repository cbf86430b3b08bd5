package nl.veerkracht.wijkschets.ui.map;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.map.MapCanvas;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.CbsRegio;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage.Literals;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.maps.MapScale;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.ui.SignalMapListener;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.analyse.OpenKeptSignalMapJob;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The live map of a wijkschets's area: the buurten in the classes of the signal map open in the workbench,
 * zoomed to the wijk (its boundary drawn strongly, the other wijken veiled), with the whole signal map as an
 * inset in the bottom right corner with a compact legend. It follows the signal map: a rescoring recolours
 * it, closing it shows a message with a button to open the analysis's signal map (or to make one).
 * <p>
 * Pan and zoom as in the Map view; where the user leaves the view is kept in the wijkschets's
 * {@link KaartInstelling} (centre, scale, CRS) as one undoable command, and shown again when the map is
 * opened. The framing itself is {@link WijkMapFraming}, which the poster uses too. Use on the UI thread.
 */
public final class WijkMap extends Composite {

	/** The id of the command that opens the signal map wizard. */
	public static final String MAKE_SIGNAL_MAP_COMMAND = "nl.veerkracht.scoring.ui.commands.openSignalMap"; //$NON-NLS-1$

	private static final int STORE_DELAY_MS = 400;
	private static final int INSET_MARGIN = 8;

	private final Wijkschets wijkschets;
	private final EditingDomain domain;
	private final IFile analyseFile;
	private final StackLayout stack = new StackLayout();
	private final Composite mapArea;
	private final Composite messagePanel;
	private final Label message;
	private final Button action;
	private final InsetPanel inset;
	private final LocalResourceManager resources;
	private final SignalMapListener signalMapListener = session -> refresh();
	private final AtomicInteger builds = new AtomicInteger();
	private final Runnable storeView = this::storeView;
	private MapCanvas canvas;
	private WijkMapFraming framing;
	private SignalMapSession shownSession;
	private ScoringState shownState;
	private boolean largeType;
	private boolean viewApplied;
	private Runnable actionRun = () -> {
	};

	/**
	 * Creates the map of the wijkschets an editor edits.
	 *
	 * @param parent the parent
	 * @param editor the wijkschets editor: its wijkschets, editing domain and analysis file
	 */
	public WijkMap(Composite parent, WijkschetsEditor editor) {
		this(parent, editor.getWijkschets(), editor.getEditingDomain(), editor.getFile());
	}

	/**
	 * Creates the map of a wijkschets.
	 *
	 * @param parent     the parent
	 * @param wijkschets the wijkschets (in an analysis)
	 * @param domain     the editing domain that takes the view changes
	 */
	public WijkMap(Composite parent, Wijkschets wijkschets, EditingDomain domain) {
		this(parent, wijkschets, domain, fileOf(wijkschets));
	}

	private WijkMap(Composite parent, Wijkschets wijkschets, EditingDomain domain, IFile analyseFile) {
		super(parent, SWT.NONE);
		this.wijkschets = Objects.requireNonNull(wijkschets, "wijkschets"); //$NON-NLS-1$
		this.domain = Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
		this.analyseFile = analyseFile;
		WidgetKeys.set(this, MapWidgetKeys.WIJK_MAP);
		resources = new LocalResourceManager(JFaceResources.getResources(), this);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		setLayout(stack);
		mapArea = new Composite(this, SWT.NONE);
		mapArea.setLayout(new MapAreaLayout());
		inset = new InsetPanel(mapArea);
		messagePanel = new Composite(this, SWT.NONE);
		messagePanel.setBackground(getBackground());
		GridLayout messageLayout = new GridLayout(1, false);
		messageLayout.marginWidth = 24;
		messageLayout.marginHeight = 24;
		messageLayout.verticalSpacing = 14;
		messagePanel.setLayout(messageLayout);
		message = new Label(messagePanel, SWT.WRAP | SWT.CENTER);
		message.setBackground(getBackground());
		message.setLayoutData(new GridData(SWT.FILL, SWT.END, true, true));
		WidgetKeys.set(message, MapWidgetKeys.MESSAGE);
		action = new Button(messagePanel, SWT.PUSH);
		action.setLayoutData(new GridData(SWT.CENTER, SWT.BEGINNING, true, true));
		action.addListener(SWT.Selection, e -> actionRun.run());
		WidgetKeys.set(action, MapWidgetKeys.ACTION);
		applyFonts();
		SignalMapSession.addListener(signalMapListener);
		addDisposeListener(e -> SignalMapSession.removeListener(signalMapListener));
		refresh();
	}

	private static IFile fileOf(Wijkschets wijkschets) {
		if (wijkschets.eResource() == null) {
			return null;
		}
		URI uri = wijkschets.eResource().getURI();
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (uri.isPlatformResource()) {
			return root.getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
		}
		return uri.isFile() ? root.getFileForLocation(new org.eclipse.core.runtime.Path(uri.toFileString())) : null;
	}

	/**
	 * Draws the legend, the inset's title, the buurt names and the messages large, for presentation on a
	 * screen or projector, or normal.
	 *
	 * @param large whether to use large type
	 */
	public void setLargeType(boolean large) {
		checkWidget();
		if (large == largeType) {
			return;
		}
		largeType = large;
		applyFonts();
		inset.setLargeType(large);
		if (framing != null) {
			framing.setLargeType(large);
		}
		mapArea.layout(true);
		messagePanel.layout(true);
	}

	/** @return whether large type is used */
	public boolean isLargeType() {
		return largeType;
	}

	/** @return the main map's canvas, while a signal map is shown */
	public Optional<MapCanvas> getMapCanvas() {
		return Optional.ofNullable(canvas);
	}

	/** @return the framing shown, while a signal map is shown */
	public Optional<WijkMapFraming> getFraming() {
		return Optional.ofNullable(framing);
	}

	/** @return whether the map (rather than a message) is shown */
	public boolean isMapShown() {
		return stack.topControl == mapArea && framing != null;
	}

	/** @return the message shown instead of the map, empty while the map is shown */
	public String getMessage() {
		return isMapShown() ? "" : message.getText(); //$NON-NLS-1$
	}

	/**
	 * Shows the area as framed (the wijk with a margin) in the part of the map the inset leaves free, forgetting
	 * pan and zoom; the kept view is not changed.
	 */
	public void zoomToArea() {
		if (canvas == null || framing == null) {
			return;
		}
		canvas.zoomTo(framing.mainEnvelope());
		Viewport whole = canvas.getViewport();
		Rectangle insetBounds = inset.getControl().getBounds();
		int width = whole.getWidth();
		int height = whole.getHeight();
		if (!inset.getControl().isVisible() || insetBounds.width <= 0 || width < 2 || height < 2) {
			return;
		}
		// fit the area left of the inset or above it, whichever shows it larger
		int freeWidth = Math.max(insetBounds.x - INSET_MARGIN, 1);
		int freeHeight = Math.max(insetBounds.y - INSET_MARGIN, 1);
		Viewport left = whole.resize(freeWidth, height).zoomToEnvelope(framing.mainEnvelope(), 0.02);
		Viewport above = whole.resize(width, freeHeight).zoomToEnvelope(framing.mainEnvelope(), 0.02);
		boolean useLeft = left.getScale() <= above.getScale();
		Viewport free = useLeft ? left : above;
		double shiftX = useLeft ? (width - freeWidth) / 2.0 * free.getScale() : 0;
		double shiftY = useLeft ? 0 : (height - freeHeight) / 2.0 * free.getScale();
		Coordinate center = new Coordinate(free.getCenter().getX() + shiftX, free.getCenter().getY() - shiftY);
		canvas.setViewport(new Viewport(WijkMapFraming.MAP_CRS, center, free.getScale(), width, height));
	}

	private void applyFonts() {
		FontDescriptor base = FontDescriptor.createFrom(JFaceResources.getDialogFont());
		int height = base.getFontData()[0].getHeight();
		message.setFont(resources.create(base.setHeight(Math.round(height * (largeType ? 1.8f : 1.15f)))));
		action.setFont(resources.create(base.setHeight(largeType ? Math.round(height * 1.5f) : height)));
	}

	/** Follows the current signal map: a new one is framed, a rescored one recoloured, none gives a message. */
	private void refresh() {
		if (isDisposed()) {
			return;
		}
		Optional<SignalMapSession> current = SignalMapSession.current();
		if (current.isEmpty() || current.get().isClosed()) {
			shownSession = null;
			shownState = null;
			builds.incrementAndGet();
			dropMap();
			showNoSignalMap(MapMessages.WijkMap_noSignalMap);
			return;
		}
		SignalMapSession session = current.get();
		ScoringState state = session.state();
		if (session == shownSession && framing != null) {
			if (state != shownState) {
				shownState = state;
				framing.recolour(state.layer());
				inset.setTitle(insetTitle(state));
			}
			return;
		}
		shownSession = session;
		shownState = state;
		build(session, state);
	}

	private void build(SignalMapSession session, ScoringState state) {
		int build = builds.incrementAndGet();
		Regio gebied = wijkschets.getGebied();
		if (gebied == null) {
			dropMap();
			showMessage(MapMessages.WijkMap_noArea, null, () -> {
			});
			return;
		}
		LayerStyle style = session.klasseLayer().getStyle();
		boolean large = largeType;
		if (stack.topControl != mapArea) {
			showMessage(MapMessages.WijkMap_preparing, null, () -> {
			});
		}
		Job job = Job.create(MapMessages.WijkMap_buildJob, (IProgressMonitor monitor) -> {
			WijkMapFraming built = WijkMapFraming.of(state.layer(), style, gebied, large);
			getDisplay().asyncExec(() -> {
				if (!isDisposed() && build == builds.get()) {
					show(built, state);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(WijkMapFraming built, ScoringState state) {
		if (built.buurtCount() == 0) {
			dropMap();
			String areaGemeente = gemeenteOf(wijkschets.getGebied());
			String mapGemeenten = String.join(", ", built.gemeenteCodes()); //$NON-NLS-1$
			String text = areaGemeente != null && !built.gemeenteCodes().contains(areaGemeente)
					? NLS.bind(MapMessages.WijkMap_otherGemeente, new Object[] { mapGemeenten, name(wijkschets.getGebied()), areaGemeente })
					: NLS.bind(MapMessages.WijkMap_areaNotInMap, name(wijkschets.getGebied()));
			showNoSignalMap(text);
			return;
		}
		dropMap();
		framing = built;
		built.setLargeType(largeType);
		canvas = new MapCanvas(mapArea, built.mainMap());
		WidgetKeys.set(canvas.getControl(), MapWidgetKeys.MAIN_CANVAS);
		canvas.getControl().moveBelow(inset.getControl());
		viewApplied = false;
		canvas.getControl().addListener(SWT.Resize, e -> applyInitialView());
		canvas.getControl().addListener(SWT.MouseUp, e -> scheduleStore());
		canvas.getControl().addListener(SWT.MouseVerticalWheel, e -> scheduleStore());
		inset.setFraming(built, insetTitle(state));
		stack.topControl = mapArea;
		layout(true, true);
		mapArea.layout(true);
		applyInitialView();
	}

	private void applyInitialView() {
		if (viewApplied || canvas == null || canvas.getControl().isDisposed()) {
			return;
		}
		Point size = canvas.getControl().getSize();
		if (size.x < 2 || size.y < 2) {
			return;
		}
		viewApplied = true;
		mapArea.layout(true);
		zoomToArea();
		KaartInstelling kaart = wijkschets.getKaart();
		if (kaart != null && kaart.getCenterX() != null && kaart.getCenterY() != null && kaart.getScale() != null
				&& kaart.getScale() > 0 && (kaart.getCrsCode() == null
						|| WijkMapFraming.MAP_CRS.code().equals(kaart.getCrsCode()))) {
			double unitsPerPixel = MapScale.toUnitsPerPixel(kaart.getScale(), WijkMapFraming.MAP_CRS);
			canvas.setViewport(new Viewport(WijkMapFraming.MAP_CRS, new Coordinate(kaart.getCenterX(), kaart.getCenterY()),
					unitsPerPixel, size.x, size.y));
		}
	}

	private void scheduleStore() {
		getDisplay().timerExec(-1, storeView);
		getDisplay().timerExec(STORE_DELAY_MS, storeView);
	}

	/** Keeps the view the user left in the wijkschets's map setting, as one command. */
	private void storeView() {
		if (isDisposed() || canvas == null || canvas.getControl().isDisposed()) {
			return;
		}
		Viewport viewport = canvas.getViewport();
		double centerX = Math.round(viewport.getCenter().getX() * 10) / 10.0;
		double centerY = Math.round(viewport.getCenter().getY() * 10) / 10.0;
		double scale = Math.round(MapScale.toDenominator(viewport.getScale(), WijkMapFraming.MAP_CRS));
		String crs = WijkMapFraming.MAP_CRS.code();
		KaartInstelling kaart = wijkschets.getKaart();
		if (kaart == null) {
			KaartInstelling created = VeerkrachtFactory.eINSTANCE.createKaartInstelling();
			created.setName(wijkschets.getName());
			created.setSignaalkaartInset(true);
			created.setCenterX(centerX);
			created.setCenterY(centerY);
			created.setScale(scale);
			created.setCrsCode(crs);
			domain.getCommandStack().execute(SetCommand.create(domain, wijkschets, Literals.WIJKSCHETS__KAART, created));
			return;
		}
		CompoundCommand command = new CompoundCommand(MapMessages.WijkMap_viewCommand);
		if (!Objects.equals(kaart.getCenterX(), centerX)) {
			command.append(SetCommand.create(domain, kaart, Literals.KAART_INSTELLING__CENTER_X, centerX));
		}
		if (!Objects.equals(kaart.getCenterY(), centerY)) {
			command.append(SetCommand.create(domain, kaart, Literals.KAART_INSTELLING__CENTER_Y, centerY));
		}
		if (!Objects.equals(kaart.getScale(), scale)) {
			command.append(SetCommand.create(domain, kaart, Literals.KAART_INSTELLING__SCALE, scale));
		}
		if (!crs.equals(kaart.getCrsCode())) {
			command.append(SetCommand.create(domain, kaart, Literals.KAART_INSTELLING__CRS_CODE, crs));
		}
		if (!command.isEmpty()) {
			domain.getCommandStack().execute(command.unwrap());
		}
	}

	private void dropMap() {
		getDisplay().timerExec(-1, storeView);
		if (canvas != null) {
			canvas.getControl().dispose();
			canvas = null;
		}
		framing = null;
		inset.setFraming(null, ""); //$NON-NLS-1$
	}

	/** Shows a message with the button that opens the analysis's signal map or makes one. */
	private void showNoSignalMap(String text) {
		Signaleringskaart kept = wijkschets.eContainer() instanceof Analyse analyse ? analyse.getSignaleringskaart() : null;
		if (kept != null && analyseFile != null) {
			showMessage(text, MapMessages.WijkMap_openKept, () -> {
				IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				new OpenKeptSignalMapJob(window, analyseFile, kept).schedule();
			});
		} else {
			showMessage(text, MapMessages.WijkMap_make, this::makeSignalMap);
		}
	}

	private void makeSignalMap() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IHandlerService handlers = window.getService(IHandlerService.class);
		try {
			handlers.executeCommand(MAKE_SIGNAL_MAP_COMMAND, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			MessageDialog.openError(getShell(), MapMessages.WijkMap_make, e.getMessage());
		}
	}

	private void showMessage(String text, String actionText, Runnable run) {
		message.setText(text);
		actionRun = run;
		action.setVisible(actionText != null);
		action.setText(actionText == null ? "" : actionText); //$NON-NLS-1$
		((GridData) action.getLayoutData()).exclude = actionText == null;
		stack.topControl = messagePanel;
		layout(true, true);
	}

	private static String insetTitle(ScoringState state) {
		return NLS.bind(MapMessages.WijkMap_insetTitle, state.year());
	}

	private static String gemeenteOf(Regio gebied) {
		if (gebied instanceof Wijk wijk && wijk.getGemeente() != null && wijk.getGemeente().getCode() != null) {
			return wijk.getGemeente().getCode();
		}
		if (gebied instanceof CbsRegio regio) {
			return WijkMapFraming.gemeenteCodeOf(regio.getCode()).orElse(null);
		}
		return null;
	}

	private static String name(Regio gebied) {
		if (gebied.getName() != null && !gebied.getName().isBlank()) {
			return gebied.getName();
		}
		return gebied instanceof CbsRegio regio ? String.valueOf(regio.getCode()) : ""; //$NON-NLS-1$
	}

	/** Lays the main map over the whole area and the inset in the bottom right corner over it. */
	private final class MapAreaLayout extends Layout {

		@Override
		protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
			return new Point(wHint == SWT.DEFAULT ? 640 : wHint, hHint == SWT.DEFAULT ? 480 : hHint);
		}

		@Override
		protected void layout(Composite composite, boolean flushCache) {
			Rectangle area = composite.getClientArea();
			if (canvas != null && !canvas.getControl().isDisposed()) {
				canvas.getControl().setBounds(area);
			}
			int width = (int) Math.round(area.width * (largeType ? 0.44 : 0.42));
			width = Math.max(Math.min(width, largeType ? 600 : 420), Math.min(220, area.width));
			Point size = inset.preferredSize(width);
			// the inset never hides more than about two thirds of the map's height; its own map shrinks first
			int height = Math.min(size.y, (int) Math.round(area.height * 0.7));
			Control control = inset.getControl();
			control.setVisible(framing != null);
			control.setBounds(area.x + area.width - width - INSET_MARGIN, area.y + area.height - height - INSET_MARGIN, width,
					height);
			control.moveAbove(null);
		}
	}
}
