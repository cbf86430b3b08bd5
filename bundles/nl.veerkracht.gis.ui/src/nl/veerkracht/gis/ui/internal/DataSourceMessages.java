package nl.veerkracht.gis.ui.internal;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.gis.core.io.DataSourceException;

/** Says in the user's language where a data file is faulty: file, line and column when known, the reason. */
public final class DataSourceMessages {

	private DataSourceMessages() {
	}

	/**
	 * @param e the failure
	 * @return e.g. "buurten.geojson, regel 84, kolom 1:\nUnexpected character ...\n\nBestand: /data/buurten.geojson"
	 */
	public static String describe(DataSourceException e) {
		String name = e.getFile().getFileName().toString();
		String where = e.getLine().isPresent() && e.getColumn().isPresent()
				? NLS.bind(Messages.OpenLayer_position,
						new Object[] { name, e.getLine().getAsInt(), e.getColumn().getAsInt() })
				: name;
		return NLS.bind(Messages.OpenLayer_fault, new Object[] { where, e.getReason(), e.getFile().toAbsolutePath() });
	}
}
