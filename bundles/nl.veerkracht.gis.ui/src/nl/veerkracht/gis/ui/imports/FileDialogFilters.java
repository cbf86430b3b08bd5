package nl.veerkracht.gis.ui.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.gis.core.io.DataFormatDescriptor;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.ui.internal.Messages;

/**
 * The filters of a file dialog for the registered data formats: first all of them together, then one
 * per format, then all files.
 */
public record FileDialogFilters(String[] extensions, String[] names) {

	/**
	 * @param registry the data formats
	 * @return the filters, ready for {@code FileDialog.setFilterExtensions/Names}
	 */
	public static FileDialogFilters of(DataFormatRegistry registry) {
		List<String> extensions = new ArrayList<>();
		List<String> names = new ArrayList<>();
		extensions.add(patterns(registry.getFormats()));
		names.add(NLS.bind(Messages.OpenLayer_filterSupported, registry.supportedExtensions()));
		for (DataFormatDescriptor format : registry.getFormats()) {
			extensions.add(patterns(List.of(format)));
			names.add(format.getName() + " (" + patterns(List.of(format)).replace(";", ", ") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		extensions.add("*.*"); //$NON-NLS-1$
		names.add(Messages.OpenLayer_filterAll);
		return new FileDialogFilters(extensions.toArray(String[]::new), names.toArray(String[]::new));
	}

	private static String patterns(List<DataFormatDescriptor> formats) {
		return formats.stream().flatMap(format -> format.getExtensions().stream()).map(e -> "*." + e) //$NON-NLS-1$
				.collect(Collectors.joining(";")); //$NON-NLS-1$
	}
}
