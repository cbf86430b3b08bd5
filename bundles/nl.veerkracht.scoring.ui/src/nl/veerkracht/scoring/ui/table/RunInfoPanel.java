package nl.veerkracht.scoring.ui.table;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.ContributionProblem;
import nl.veerkracht.scoring.engine.NormalisationMethod;
import nl.veerkracht.scoring.engine.Reference;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.run.DroppedIndicator;
import nl.veerkracht.scoring.run.ScoringState;

/**
 * The info line above the Indicatoren table: which run it shows (year, reference, method, indicators) and,
 * when indicators are missing from it, how many, with a link that unfolds the reasons: the indicators the
 * run dropped because the data has no value for them, and the indicator plug-ins that could not be loaded.
 */
final class RunInfoPanel {

	private final Composite panel;
	private final Label icon;
	private final Label summary;
	private final Link toggle;
	private final Text details;
	private boolean expanded;

	/**
	 * @param parent where to create the panel, in a one-column grid
	 */
	RunInfoPanel(Composite parent) {
		panel = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 4).applyTo(panel);
		icon = new Label(panel, SWT.NONE);
		summary = WidgetKeys.set(new Label(panel, SWT.NONE), IndicatorTableKeys.INFO);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		toggle = WidgetKeys.set(new Link(panel, SWT.NONE), IndicatorTableKeys.INFO_TOGGLE);
		toggle.addListener(SWT.Selection, event -> setExpanded(!expanded));
		details = WidgetKeys.set(new Text(panel, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
				IndicatorTableKeys.INFO_DETAILS);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, details.getLineHeight() * 5).applyTo(details);
		setExpanded(false);
	}

	/** @return the panel, for the caller's layout data */
	Composite getControl() {
		return panel;
	}

	/** @return whether the reasons are shown */
	boolean isExpanded() {
		return expanded;
	}

	/**
	 * Shows or hides the reasons.
	 *
	 * @param show whether to show them
	 */
	void setExpanded(boolean show) {
		expanded = show && !details.getText().isEmpty();
		details.setVisible(expanded);
		((GridData) details.getLayoutData()).exclude = !expanded;
		toggle.setText(expanded ? IndicatorTableMessages.Info_hide : IndicatorTableMessages.Info_show);
		toggle.setVisible(!details.getText().isEmpty());
		panel.getParent().layout(true, true);
	}

	/**
	 * Describes a run.
	 *
	 * @param state    the scored state
	 * @param problems the indicator plug-in contributions that were left out
	 */
	void show(ScoringState state, List<ContributionProblem> problems) {
		ScoringParameters parameters = state.run().engine().parameters();
		String reference = parameters.reference() == Reference.GEMEENTE ? IndicatorTableMessages.Info_referenceGemeente
				: IndicatorTableMessages.Info_referenceAll;
		String method = parameters.method() == NormalisationMethod.RANK ? IndicatorTableMessages.Info_rank
				: IndicatorTableMessages.Info_zScore;
		List<DroppedIndicator> dropped = state.run().dropped();
		String text = NLS.bind(IndicatorTableMessages.Info_summary, new Object[] { state.year(), reference, method,
				state.run().table().indicatorCount(), state.run().table().regionCount() });
		int missing = dropped.size() + problems.size();
		if (missing > 0) {
			text += missing == 1 ? IndicatorTableMessages.Info_missingOne : NLS.bind(IndicatorTableMessages.Info_missing, missing);
		}
		summary.setText(text);
		summary.setToolTipText(text);
		icon.setImage(PlatformUI.getWorkbench().getSharedImages()
				.getImage(missing > 0 ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJS_INFO_TSK));
		details.setText(details(dropped, problems));
		setExpanded(expanded);
	}

	private static String details(List<DroppedIndicator> dropped, List<ContributionProblem> problems) {
		StringBuilder text = new StringBuilder();
		if (!dropped.isEmpty()) {
			text.append(IndicatorTableMessages.Info_droppedHeading);
			for (DroppedIndicator indicator : dropped) {
				text.append(System.lineSeparator()).append(NLS.bind(IndicatorTableMessages.Info_droppedLine,
						new Object[] { indicator.label(), indicator.id(), indicator.reason() }));
			}
		}
		if (!problems.isEmpty()) {
			if (!text.isEmpty()) {
				text.append(System.lineSeparator());
			}
			text.append(IndicatorTableMessages.Info_problemsHeading);
			for (ContributionProblem problem : problems) {
				text.append(System.lineSeparator()).append(NLS.bind(IndicatorTableMessages.Info_problemLine,
						new Object[] { problem.indicatorId(), problem.contributor(), problem.reason() }));
			}
		}
		return text.toString();
	}
}
