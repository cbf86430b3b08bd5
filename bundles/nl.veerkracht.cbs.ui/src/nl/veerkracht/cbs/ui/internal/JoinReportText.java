package nl.veerkracht.cbs.ui.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.cbs.join.JoinReport;

/** A join report and the files' notes as text for the user: nothing that did not join goes unmentioned. */
public final class JoinReportText {

	private static final int LISTED = 25;

	private JoinReportText() {
	}

	/**
	 * @param report   how the figures joined to the boundaries
	 * @param warnings notes from reading the files
	 * @return the report in the user's language
	 */
	public static String of(JoinReport report, List<String> warnings) {
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Join_matched,
				new Object[] { report.matched(), report.codeAttribute(), Integer.toString(report.year()) }));
		line(text, Messages.Join_dataWithoutGeometry, report.dataWithoutGeometry());
		line(text, Messages.Join_geometryWithoutData, report.geometryWithoutData());
		line(text, Messages.Join_featuresWithoutCode, report.featuresWithoutCode());
		if (!report.duplicateCodes().isEmpty()) {
			text.append('\n').append(NLS.bind(Messages.Join_duplicateCodes, list(report.duplicateCodes())));
		}
		if (!report.boundaryChanges().isEmpty()) {
			text.append('\n').append(NLS.bind(Messages.Join_boundaryChanges, list(report.boundaryChanges().entrySet()
					.stream().map(change -> change.getKey() + " (" + change.getValue() + ")").toList()))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (report.isComplete()) {
			text.append('\n').append(Messages.Join_complete);
		}
		if (!warnings.isEmpty()) {
			text.append("\n\n").append(Messages.Join_warnings); //$NON-NLS-1$
			warnings.forEach(warning -> text.append("\n\u2022 ").append(warning)); //$NON-NLS-1$
		}
		return text.toString();
	}

	private static void line(StringBuilder text, String message, Collection<?> items) {
		if (!items.isEmpty()) {
			text.append('\n').append(NLS.bind(message, items.size(), list(items)));
		}
	}

	private static String list(Collection<?> items) {
		String listed = items.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", ")); //$NON-NLS-1$
		return items.size() > LISTED ? listed + ", \u2026" : listed; //$NON-NLS-1$
	}
}
