package nl.veerkracht.scoring.ui.weights;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.Role;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.ui.SignalMapSession;

/**
 * The Gewichten view's editor of one signal-map session: the year selector, the class counts of the map
 * shown with a busy indicator while it is rescored, and per role (kwetsbaarheid, draagkracht dragers and
 * vragers, context) a {@link WeightRow} per indicator. Every change goes to the session at once
 * ({@link SignalMapSession#setWeights}, which rescores in the background), so the map follows live.
 */
final class WeightsEditor {

	private static final List<Role> ROLES = List.of(Role.KWETSBAARHEID, Role.DRAAGKRACHT_DRAGER, Role.DRAAGKRACHT_VRAGER,
			Role.CONTEXT);

	private final SignalMapSession session;
	private final WeightsDraft draft;
	private final int[] years;
	private final Composite control;
	private final Combo year;
	private final Label status;
	private final Composite busy;
	private final Label notice;
	private final ScrolledComposite scroller;
	private final Composite rowsGrid;
	private final Map<String, WeightRow> rows = new LinkedHashMap<>();

	/**
	 * @param parent     the view's composite
	 * @param session    the session to edit
	 * @param resetImage the icon of the reset buttons
	 */
	WeightsEditor(Composite parent, SignalMapSession session, Image resetImage) {
		this.session = session;
		ScoringState state = session.state();
		this.draft = new WeightsDraft(state.run().table().indicators(), state.weights());
		this.years = state.run().years();
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(control);

		Composite top = new Composite(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(top);
		new Label(top, SWT.NONE).setText(WeightsMessages.Editor_year);
		year = WidgetKeys.set(new Combo(top, SWT.READ_ONLY), WeightsWidgetKeys.YEAR);
		year.setItems(Arrays.stream(years).mapToObj(Integer::toString).toArray(String[]::new));
		year.addListener(SWT.Selection, e -> session.setYear(years[year.getSelectionIndex()]));
		Button resetAll = WidgetKeys.set(new Button(top, SWT.PUSH), WeightsWidgetKeys.RESET_ALL);
		resetAll.setText(WeightsMessages.Editor_resetAll);
		resetAll.setToolTipText(WeightsMessages.Editor_resetAllTip);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(resetAll);
		resetAll.addListener(SWT.Selection, e -> resetAll());

		Composite statusRow = new Composite(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(statusRow);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(statusRow);
		status = WidgetKeys.set(new Label(statusRow, SWT.WRAP), WeightsWidgetKeys.STATUS);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
		busy = createBusyIndicator(statusRow);

		notice = WidgetKeys.set(new Label(control, SWT.WRAP), WeightsWidgetKeys.NOTICE);
		notice.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).exclude(true).applyTo(notice);
		notice.setVisible(false);

		new Label(control, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
		scroller = new ScrolledComposite(control, SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		rowsGrid = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).spacing(6, 3).applyTo(rowsGrid);
		for (Role role : ROLES) {
			createGroup(role, resetImage);
		}
		scroller.setContent(rowsGrid);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setShowFocusedControl(true);
		scroller.addListener(SWT.Resize, e -> fitRows());
		refreshRows();
		sessionRescored();
	}

	private static Composite createBusyIndicator(Composite parent) {
		Composite indicator = WidgetKeys.set(new Composite(parent, SWT.NONE), WeightsWidgetKeys.BUSY);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(indicator);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).exclude(true).applyTo(indicator);
		ProgressBar bar = new ProgressBar(indicator, SWT.HORIZONTAL | SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(48, SWT.DEFAULT).applyTo(bar);
		new Label(indicator, SWT.NONE).setText(WeightsMessages.Editor_busy);
		indicator.setVisible(false);
		return indicator;
	}

	private void createGroup(Role role, Image resetImage) {
		List<IndicatorSpec> specs = draft.specs().stream().filter(spec -> spec.role() == role).toList();
		if (specs.isEmpty()) {
			return;
		}
		Label header = new Label(rowsGrid, SWT.NONE);
		header.setText(groupName(role));
		header.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().span(role == Role.CONTEXT ? 4 : 2, 1).indent(0, 8).applyTo(header);
		if (role != Role.CONTEXT) {
			Label caption = new Label(rowsGrid, SWT.RIGHT);
			caption.setText(WeightsMessages.Group_share);
			caption.setToolTipText(WeightsMessages.Row_shareTip);
			caption.setForeground(rowsGrid.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.END).applyTo(caption);
			new Label(rowsGrid, SWT.NONE);
		}
		for (IndicatorSpec spec : specs) {
			if (role == Role.CONTEXT) {
				WeightRow.describe(rowsGrid, spec,
						WeightsMessages.bind(WeightsMessages.Row_contextMeta, spec.unit(), WeightRow.direction(spec)));
			} else {
				rows.put(spec.id(), new WeightRow(rowsGrid, spec, resetImage, this::weightChosen));
			}
		}
	}

	private static String groupName(Role role) {
		return switch (role) {
		case KWETSBAARHEID -> WeightsMessages.Group_kwetsbaarheid;
		case DRAAGKRACHT_DRAGER -> WeightsMessages.Group_dragers;
		case DRAAGKRACHT_VRAGER -> WeightsMessages.Group_vragers;
		case CONTEXT -> WeightsMessages.Group_context;
		};
	}

	private void fitRows() {
		int width = scroller.getClientArea().width;
		scroller.setMinSize(rowsGrid.computeSize(width, SWT.DEFAULT));
	}

	private void weightChosen(String id, double weight) {
		double before = draft.get(id);
		if (Math.abs(before - weight) > 1e-9) {
			double applied = draft.set(id, weight);
			if (Math.abs(before - applied) > 1e-9) {
				session.setWeights(draft.weights());
			}
			showNotice(applied != weight ? noticeOf(id) : ""); //$NON-NLS-1$
		}
		refreshRows();
	}

	private String noticeOf(String id) {
		Role role = rows.get(id).spec().role();
		String pattern = switch (role) {
		case KWETSBAARHEID -> WeightsMessages.Notice_kwetsbaarheid;
		case DRAAGKRACHT_DRAGER -> WeightsMessages.Notice_dragers;
		default -> WeightsMessages.Notice_vragers;
		};
		return WeightsMessages.bind(pattern, WeightRow.format(WeightsDraft.MINIMUM));
	}

	private void resetAll() {
		draft.resetAll();
		showNotice(""); //$NON-NLS-1$
		refreshRows();
		session.setWeights(draft.weights());
	}

	private void refreshRows() {
		rows.forEach((id, row) -> row.show(draft.get(id), draft.share(id)));
	}

	private void showNotice(String text) {
		boolean shown = !text.isEmpty();
		if (shown == notice.getVisible() && text.equals(notice.getText())) {
			return;
		}
		notice.setText(text);
		notice.setVisible(shown);
		((GridData) notice.getLayoutData()).exclude = !shown;
		control.layout(true, true);
	}

	/**
	 * Shows the session's current state: its class counts, and its year and weights when no rescore is
	 * pending (a pending one carries the user's latest choice, which the controls already show).
	 */
	void sessionRescored() {
		ScoringState state = session.state();
		status.setText(ClassCounts.text(state));
		if (!RescoreActivity.isRescoring()) {
			year.select(Arrays.binarySearch(years, state.year()));
			if (!state.weights().equals(draft.weights())) {
				draft.replaceWith(state.weights());
				refreshRows();
			}
		}
		status.getParent().layout(true, true);
	}

	/**
	 * Shows or hides the busy indicator.
	 *
	 * @param rescoring whether the map is being rescored
	 */
	void setBusy(boolean rescoring) {
		if (busy.getVisible() == rescoring) {
			return;
		}
		busy.setVisible(rescoring);
		((GridData) busy.getLayoutData()).exclude = !rescoring;
		busy.getParent().layout(true, true);
	}

	/** @return the session edited */
	SignalMapSession session() {
		return session;
	}

	/** @return the editor's top control */
	Control control() {
		return control;
	}

	/** Disposes the editor's widgets. */
	void dispose() {
		control.dispose();
	}
}
