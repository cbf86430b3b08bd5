package nl.veerkracht.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.SafeFileWrite;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.VeerkrachtPackage;

/**
 * Loads and saves analyses as {@code .veerkracht} files. Saving is atomic: the analysis is written to a
 * temporary file beside the target, the previous version is kept as {@code <name>.veerkracht.bak}, and
 * only then is the temporary file moved into place. Loading refuses corrupt files, files from a newer
 * model version and files with dangling references with a {@link ModelFileException}, and never writes.
 */
public final class AnalyseFiles {

	/** The extension of analysis files, without the dot. */
	public static final String FILE_EXTENSION = "veerkracht";

	/** The suffix of the previous version kept beside a saved file. */
	public static final String BACKUP_SUFFIX = ".bak";

	/**
	 * The version of the model this code reads and writes. Raise it with every incompatible change of
	 * veerkracht.ecore, and migrate older files on load.
	 * <ul>
	 * <li>1: the first model.</li>
	 * <li>2: maps keep their layers with style ({@code KaartInstelling.lagen}); version 1 files load as they
	 * are, their {@code layerUris} are still read.</li>
	 * <li>3: an analysis keeps its signal map's settings and weights ({@code Analyse.signaleringskaart});
	 * version 1 and 2 files load as they are, without one.</li>
	 * </ul>
	 */
	public static final int MODEL_VERSION = 3;

	private static final String MODEL_VERSION_ATTRIBUTE = "modelVersion";

	private AnalyseFiles() {
	}

	/**
	 * @return a resource set that reads and writes {@code .veerkracht} files, also outside OSGi
	 */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(VeerkrachtPackage.eNS_URI, VeerkrachtPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION,
				new VeerkrachtResourceFactory());
		return resourceSet;
	}

	/**
	 * @param file an analysis file
	 * @return where its previous version is kept: the file name followed by {@value #BACKUP_SUFFIX}
	 */
	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}

	/**
	 * Loads an analysis into a resource of its own in a {@link #newResourceSet() new resource set}.
	 *
	 * @param file the file
	 * @return its analysis
	 * @throws ModelFileException naming the file when it cannot be read, is corrupt, comes from a newer
	 *                            model version or refers to objects that are not in it
	 */
	public static Analyse load(Path file) throws ModelFileException {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new ModelFileException(file, ModelFileException.Problem.UNREADABLE, "the file does not exist or cannot be read", null);
		}
		OptionalInt version = readModelVersion(file);
		if (version.isPresent() && version.getAsInt() > MODEL_VERSION) {
			throw new ModelFileException(file, ModelFileException.Problem.NEWER_VERSION, "the file was made with a newer version of Veerkracht (model version "
					+ version.getAsInt() + "; this version reads up to " + MODEL_VERSION + ")", null);
		}
		Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, Map.of());
		} catch (IOException | RuntimeException e) {
			throw loadFailure(file, e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw loadFailure(file, (Exception) resource.getErrors().get(0));
		}
		List<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !(contents.get(0) instanceof Analyse analyse)) {
			throw new ModelFileException(file, ModelFileException.Problem.CORRUPT, "the file does not hold exactly one analysis", null);
		}
		if (!version.isPresent()) {
			throw new ModelFileException(file, ModelFileException.Problem.CORRUPT, "the file does not say its model version", null);
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(resource);
		if (!unresolved.isEmpty()) {
			EObject proxy = unresolved.keySet().iterator().next();
			throw new ModelFileException(file, ModelFileException.Problem.DANGLING_REFERENCE, "the file refers to "
					+ EcoreUtil.getURI(proxy) + ", which cannot be found (" + unresolved.size() + " missing object(s))", null);
		}
		return analyse;
	}

	/**
	 * Saves an analysis atomically. The analysis is saved through its own resource when it has one (so
	 * that its ids stay the same), otherwise in a new one for the file. The previous version of the file,
	 * if any, is kept as {@link #backupOf(Path)}; when writing fails, the file and its backup are as they
	 * were.
	 *
	 * @param analyse the analysis
	 * @param file    the target
	 * @throws ModelFileException naming the file when the analysis cannot be written
	 */
	public static void save(Analyse analyse, Path file) throws ModelFileException {
		Resource resource = analyse.eResource();
		if (resource == null) {
			resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
			resource.getContents().add(analyse);
		}
		analyse.setModelVersion(MODEL_VERSION);
		Resource toSave = resource;
		try {
			SafeFileWrite.write(file, temporary -> {
				try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
					toSave.save(out, Map.of());
				}
				if (Files.exists(file)) {
					Files.copy(file, backupOf(file), StandardCopyOption.REPLACE_EXISTING);
				}
			});
		} catch (DataSourceException e) {
			throw new ModelFileException(file, ModelFileException.Problem.WRITE_FAILED, "the analysis could not be saved ("
					+ e.getMessage() + "); the previous version is unchanged", e);
		}
	}

	private static ModelFileException loadFailure(Path file, Exception e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		if (message.contains("Unresolved reference")) {
			return new ModelFileException(file, ModelFileException.Problem.DANGLING_REFERENCE,
					"the file refers to objects that are not in it (" + message + ")", e);
		}
		return new ModelFileException(file, ModelFileException.Problem.CORRUPT, "the file is not a readable Veerkracht analysis (" + message + ")", e);
	}

	/**
	 * Reads the model version from the root element without loading the model, so that a file of a newer
	 * version is recognised even when this version of the model cannot parse it.
	 */
	private static OptionalInt readModelVersion(Path file) throws ModelFileException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamConstants.START_ELEMENT) {
						String value = reader.getAttributeValue(null, MODEL_VERSION_ATTRIBUTE);
						return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.strip()));
					}
				}
				throw new ModelFileException(file, ModelFileException.Problem.CORRUPT, "the file is empty", null);
			} finally {
				reader.close();
			}
		} catch (XMLStreamException | NumberFormatException e) {
			throw new ModelFileException(file, ModelFileException.Problem.CORRUPT, "the file is not a readable Veerkracht analysis (" + e.getMessage() + ")", e);
		} catch (IOException e) {
			throw new ModelFileException(file, ModelFileException.Problem.UNREADABLE, "the file cannot be read (" + e.getMessage() + ")", e);
		}
	}
}
