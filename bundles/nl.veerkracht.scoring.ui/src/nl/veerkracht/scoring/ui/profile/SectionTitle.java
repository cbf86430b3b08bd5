package nl.veerkracht.scoring.ui.profile;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The heading of a section of the profile: a bold title with a rule under it and, if given, a line of
 * explanation in the theme's colours.
 */
final class SectionTitle {

	private final Label title;
	private final Label description;

	/**
	 * Creates the heading in a one-column grid.
	 *
	 * @param parent the profile's content
	 * @param text   the title
	 */
	SectionTitle(Composite parent, String text) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).extendedMargins(0, 0, 12, 2).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		title = new Label(box, SWT.NONE);
		title.setFont(JFaceResources.getBannerFont());
		title.setText(text);
		Label rule = new Label(box, SWT.SEPARATOR | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(rule);
		description = new Label(box, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).indent(0, 4).applyTo(description);
		description.setForeground(secondary(parent.getDisplay()));
	}

	/**
	 * Returns the colour of secondary text: the theme's qualifier colour (as in decorated labels), else dark grey.
	 *
	 * @param display the display
	 * @return the colour
	 */
	static Color secondary(Display display) {
		Color colour = JFaceResources.getColorRegistry().get(JFacePreferences.QUALIFIER_COLOR);
		return colour != null ? colour : display.getSystemColor(SWT.COLOR_DARK_GRAY);
	}

	/**
	 * Changes the title.
	 *
	 * @param text the title
	 */
	void setTitle(String text) {
		title.setText(text);
	}

	/**
	 * Sets the line of explanation under the rule.
	 *
	 * @param text the explanation
	 */
	void setDescription(String text) {
		description.setText(text);
	}
}
