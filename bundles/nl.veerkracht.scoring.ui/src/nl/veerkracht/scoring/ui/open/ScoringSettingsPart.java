package nl.veerkracht.scoring.ui.open;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.engine.NormalisationMethod;
import nl.veerkracht.scoring.engine.Reference;
import nl.veerkracht.scoring.engine.ScoringParameters;

/**
 * The settings of the signal map in the wizard's preview: the year shown first (default the latest), the
 * reference the indicators are normalised against, the normalisation and the minimum coverage.
 */
final class ScoringSettingsPart {

	private static final List<Reference> REFERENCES = List.of(Reference.GEMEENTE, Reference.ALL);
	private static final List<NormalisationMethod> METHODS = List.of(NormalisationMethod.Z_SCORE, NormalisationMethod.RANK);

	private final Combo year;
	private final Combo reference;
	private final Combo method;
	private final Spinner coverage;
	private int[] years = {};

	/**
	 * @param parent the composite to put the group in
	 */
	ScoringSettingsPart(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(OpenMessages.Settings_title);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.FILL).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);

		year = combo(group, OpenMessages.Settings_year, SignalMapWizardKeys.YEAR);
		reference = combo(group, OpenMessages.Settings_reference, SignalMapWizardKeys.REFERENCE);
		reference.setItems(OpenMessages.Settings_referenceGemeente, OpenMessages.Settings_referenceAll);
		reference.select(REFERENCES.indexOf(ScoringParameters.defaults().reference()));
		method = combo(group, OpenMessages.Settings_method, SignalMapWizardKeys.NORMALISATION);
		method.setItems(OpenMessages.Settings_methodZScore, OpenMessages.Settings_methodRank);
		method.select(METHODS.indexOf(ScoringParameters.defaults().method()));

		new Label(group, SWT.NONE).setText(OpenMessages.Settings_coverage);
		coverage = WidgetKeys.set(new Spinner(group, SWT.BORDER), SignalMapWizardKeys.MIN_COVERAGE);
		coverage.setValues((int) Math.round(100 * ScoringParameters.DEFAULT_MIN_COVERAGE), 5, 100, 0, 5, 10);
		new Label(group, SWT.NONE).setText(OpenMessages.Settings_coverageUnit);
		Label hint = new Label(group, SWT.WRAP);
		hint.setText(OpenMessages.Settings_coverageHint);
		GridDataFactory.fillDefaults().span(3, 1).hint(230, SWT.DEFAULT).grab(true, false).applyTo(hint);
	}

	private static Combo combo(Composite parent, String label, String id) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = WidgetKeys.set(new Combo(parent, SWT.READ_ONLY), id);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
		return combo;
	}

	/**
	 * Offers the years of the data, keeping the chosen one when it is still there and else choosing the latest.
	 *
	 * @param available the years, ascending; empty when there is no data
	 */
	void setYears(int[] available) {
		int chosen = year.getSelectionIndex() >= 0 ? years[year.getSelectionIndex()] : Integer.MIN_VALUE;
		years = available.clone();
		year.setItems(Arrays.stream(years).mapToObj(Integer::toString).toArray(String[]::new));
		int keep = Arrays.binarySearch(years, chosen);
		if (years.length > 0) {
			year.select(keep >= 0 ? keep : years.length - 1);
		}
	}

	/** @return the year to show first */
	int year() {
		return years[year.getSelectionIndex()];
	}

	/** @return the reference, normalisation and minimum coverage chosen, with the method's class rule */
	ScoringParameters parameters() {
		return ScoringParameters.of(REFERENCES.get(reference.getSelectionIndex()), METHODS.get(method.getSelectionIndex()),
				coverage.getSelection() / 100.0);
	}
}
