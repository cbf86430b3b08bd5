package nl.veerkracht.gis.ui.style;

import java.awt.Color;

import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * A button showing a colour that opens the system colour chooser, in the {@code java.awt.Color} terms of
 * the core styles.
 */
final class ColourButton {

	private final ColorSelector selector;

	ColourButton(Composite parent, String key, String tooltip, Runnable changed) {
		selector = new ColorSelector(parent);
		WidgetKeys.set(selector.getButton(), key);
		selector.getButton().setToolTipText(tooltip);
		selector.addListener(event -> changed.run());
	}

	/** @return the colour shown */
	Color colour() {
		RGB rgb = selector.getColorValue();
		return new Color(rgb.red, rgb.green, rgb.blue);
	}

	/** @param colour the colour to show; {@code null} leaves the current one */
	void setColour(Color colour) {
		if (colour != null) {
			selector.setColorValue(new RGB(colour.getRed(), colour.getGreen(), colour.getBlue()));
		}
	}

	void setEnabled(boolean enabled) {
		selector.setEnabled(enabled);
	}

	Button button() {
		return selector.getButton();
	}
}
