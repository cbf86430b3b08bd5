package nl.veerkracht.gis.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import nl.veerkracht.gis.core.io.DataFormat;
import nl.veerkracht.gis.core.io.DataFormatDescriptor;

/** Reads the {@code format} elements contributed to the data-format extension point. */
public final class ExtensionDataFormats {

	private ExtensionDataFormats() {
	}

	/**
	 * @param extensionPointId the extension point
	 * @return one descriptor per contributed format, the formats created lazily
	 * @throws IllegalStateException when no extension registry is running
	 */
	public static List<DataFormatDescriptor> read(String extensionPointId) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			throw new IllegalStateException("No extension registry: outside OSGi, use DataFormatRegistry.of(...)");
		}
		List<DataFormatDescriptor> formats = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPointId)) {
			if ("format".equals(element.getName())) {
				formats.add(describe(element));
			}
		}
		return formats;
	}

	private static DataFormatDescriptor describe(IConfigurationElement element) {
		List<String> extensions = Arrays.stream(element.getAttribute("extensions").split(","))
				.map(String::strip).filter(e -> !e.isEmpty()).toList();
		return new DataFormatDescriptor(element.getAttribute("id"), element.getAttribute("name"), extensions,
				() -> create(element));
	}

	private static DataFormat create(IConfigurationElement element) {
		try {
			return (DataFormat) element.createExecutableExtension("class");
		} catch (CoreException | ClassCastException e) {
			throw new IllegalStateException("Data format " + element.getAttribute("id") + " of "
					+ element.getContributor().getName() + " cannot be created: " + e.getMessage(), e);
		}
	}
}
