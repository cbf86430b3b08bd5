package nl.veerkracht.gis.core.select;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import nl.veerkracht.gis.core.feature.Feature;

/**
 * How picked features change a selection, as with the modifier keys of a map tool: a plain click
 * replaces the selection, Shift adds to it and Ctrl toggles the picked features.
 */
public enum SelectionMode {

	/** The picked features become the selection. */
	REPLACE,

	/** The picked features are added to the selection. */
	ADD,

	/** Each picked feature is removed if it was selected and added if it was not. */
	TOGGLE;

	/**
	 * Applies picked features to a selection.
	 *
	 * @param current the current selection, compared by identity
	 * @param picked the picked features
	 * @return the new selection: a new, modifiable set compared by identity
	 */
	public Set<Feature> apply(Collection<Feature> current, Collection<Feature> picked) {
		Set<Feature> result = Collections.newSetFromMap(new IdentityHashMap<>());
		if (this != REPLACE) {
			result.addAll(current);
		}
		for (Feature feature : picked) {
			if (this == TOGGLE && current.contains(feature)) {
				result.remove(feature);
			} else {
				result.add(feature);
			}
		}
		return result;
	}

	/**
	 * Chooses the mode from the modifier keys held during a pick.
	 *
	 * @param shift whether Shift is held
	 * @param ctrl whether Ctrl (Command on macOS) is held
	 * @return {@link #TOGGLE} with Ctrl, else {@link #ADD} with Shift, else {@link #REPLACE}
	 */
	public static SelectionMode forModifiers(boolean shift, boolean ctrl) {
		if (ctrl) {
			return TOGGLE;
		}
		return shift ? ADD : REPLACE;
	}
}
