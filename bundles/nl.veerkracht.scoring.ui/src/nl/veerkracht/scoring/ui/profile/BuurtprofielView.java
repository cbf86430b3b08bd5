package nl.veerkracht.scoring.ui.profile;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.scoring.engine.RobustnessParameters;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.ui.BuurtSelections;
import nl.veerkracht.scoring.ui.SignalMapListener;
import nl.veerkracht.scoring.ui.SignalMapSession;

/**
 * The Buurtprofiel view: everything the signal map knows of one buurt. It follows the workbench selection —
 * a buurt picked on the map with Identificeren, a row of the Attributentabel, or a
 * {@link nl.veerkracht.scoring.ui.BuurtReference} from another view — and the signal map itself: rescored
 * with other weights or another year, the profile is computed again. Top to bottom: the header with the
 * class, score (or why there is none), draagkracht, hot spot, trend and robustness; the indicators against
 * the gemeente (bars); the course over the years (lines); the explanation of the score (table); and the
 * classes of the robustness samples. The computing is done in a background job ({@link #JOB_FAMILY}).
 */
public final class BuurtprofielView extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "nl.veerkracht.scoring.ui.profileView"; //$NON-NLS-1$

	/** The family of the job that computes a profile, for {@code Job.getJobManager().join(JOB_FAMILY, monitor)}. */
	public static final Object JOB_FAMILY = BuurtprofielView.class;

	private static final int MIN_CONTENT_WIDTH = 560;

	private final SignalMapListener sessionListener = session -> refresh();
	private final ISelectionListener selectionListener = this::selectionChanged;
	private Composite stack;
	private Label message;
	private ScrolledComposite scrolled;
	private Composite content;
	private ProfileHeader header;
	private SectionTitle barsTitle;
	private ComparisonChart bars;
	private SectionTitle trendTitle;
	private TrendChart trend;
	private ExplanationTable explanation;
	private RobustnessSection robustness;
	private ProfileJob job;
	private String buurtCode;

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(new StackLayout());
		Composite messagePage = new Composite(stack, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(12, 12).applyTo(messagePage);
		message = WidgetKeys.set(new Label(messagePage, SWT.WRAP), ProfileWidgetKeys.MESSAGE);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);

		scrolled = new ScrolledComposite(stack, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.getVerticalBar().setIncrement(20);
		scrolled.getHorizontalBar().setIncrement(20);
		content = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 8).spacing(0, 4).applyTo(content);
		scrolled.setContent(content);
		scrolled.addListener(SWT.Resize, event -> relayout());

		header = new ProfileHeader(content);
		barsTitle = new SectionTitle(content, ProfileMessages.Section_bars);
		bars = new ComparisonChart(content);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, bars.preferredHeight()).applyTo(bars.chart());
		trendTitle = new SectionTitle(content, ProfileMessages.Section_trend);
		trendTitle.setDescription(ProfileMessages.Section_trendDescription);
		trend = new TrendChart(content, this::relayout);
		new SectionTitle(content, ProfileMessages.Section_explanation).setDescription(ProfileMessages.Section_explanationDescription);
		explanation = new ExplanationTable(content);
		new SectionTitle(content, ProfileMessages.Section_robustness).setDescription(NLS.bind(
				ProfileMessages.Section_robustnessDescription, DutchNumbers.percent(RobustnessParameters.DEFAULTS.fragileBelow())));
		robustness = new RobustnessSection(content);

		job = new ProfileJob(parent.getDisplay(), this::show);
		SignalMapSession.addListener(sessionListener);
		getSite().getPage().addSelectionListener(selectionListener);
		buurtCode = initialBuurt().orElse(null);
		refresh();
	}

	private Optional<String> initialBuurt() {
		Optional<String> code = BuurtSelections.buurtCode(getSite().getPage().getSelection());
		return code.isPresent() ? code : BuurtSelections.buurtCode(getSite().getPage().getSelection(MapView.ID));
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this) {
			return;
		}
		BuurtSelections.buurtCode(selection).ifPresent(code -> {
			if (!code.equals(buurtCode)) {
				buurtCode = code;
				refresh();
			}
		});
	}

	/** Shows the current buurt of the current signal map, or says why there is nothing to show. */
	private void refresh() {
		if (stack == null || stack.isDisposed()) {
			return;
		}
		Optional<SignalMapSession> session = SignalMapSession.current().filter(s -> !s.isClosed());
		if (session.isEmpty()) {
			showMessage(ProfileMessages.Profile_noSignalMap);
			return;
		}
		if (buurtCode == null) {
			showMessage(ProfileMessages.Profile_chooseBuurt);
			return;
		}
		ScoringState state = session.get().state();
		if (state.regionIndexOf(buurtCode) < 0) {
			showMessage(NLS.bind(ProfileMessages.Profile_notInMap, buurtCode));
			return;
		}
		job.request(state, buurtCode);
	}

	private void showMessage(String text) {
		job.forget();
		message.setText(text);
		setContentDescription(""); //$NON-NLS-1$
		((StackLayout) stack.getLayout()).topControl = message.getParent();
		message.getParent().layout(true, true);
		stack.layout();
	}

	private void show(ProfileData data) {
		if (content.isDisposed()) {
			return;
		}
		var profile = data.profile();
		header.show(profile, data.state().run().engine().parameters());
		barsTitle.setDescription(NLS.bind(ProfileMessages.Section_barsDescription, profile.region().gemeenteCode(),
				Integer.toString(profile.year())));
		bars.show(profile.comparisons(), profile.region().gemeenteCode());
		((GridData) bars.chart().getLayoutData()).heightHint = bars.preferredHeight();
		int[] years = data.composite().years();
		trendTitle.setTitle(NLS.bind(ProfileMessages.Section_trendYears, years[0] + "\u2013" + years[years.length - 1])); //$NON-NLS-1$
		trend.show(data);
		explanation.show(profile);
		robustness.show(profile);
		setTitleToolTip(NLS.bind(ProfileMessages.Profile_tooltip, profile.region().name(), profile.region().code()));
		((StackLayout) stack.getLayout()).topControl = scrolled;
		stack.layout();
		relayout();
	}

	private void relayout() {
		if (content.isDisposed()) {
			return;
		}
		int width = Math.max(MIN_CONTENT_WIDTH, scrolled.getClientArea().width);
		content.layout(true, true);
		Point size = content.computeSize(width, SWT.DEFAULT);
		scrolled.setMinSize(size);
		content.layout(true, true);
	}

	@Override
	public void setFocus() {
		if (((StackLayout) stack.getLayout()).topControl == scrolled) {
			scrolled.setFocus();
		} else {
			message.getParent().setFocus();
		}
	}

	@Override
	public void dispose() {
		SignalMapSession.removeListener(sessionListener);
		getSite().getPage().removeSelectionListener(selectionListener);
		if (job != null) {
			job.forget();
		}
		super.dispose();
	}
}
