package nl.veerkracht.gis.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataFormatDescriptor;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.shapefile.testdata.Ogr2Ogr;
import nl.veerkracht.testsupport.SharedData;
import nl.veerkracht.gis.core.io.ReadWarnings;

/** Zipped shapefiles, zip safety, and the registration through the data-format extension point. */
class ShapefileZipTest {

	@TempDir
	Path folder;

	private Path makeShapefiles() {
		Path source = SharedData.file("zaanstad/buurt_zaanstad.geojson");
		Ogr2Ogr.toShapefile(source, folder.resolve("buurten.shp"), "UTF-8");
		Ogr2Ogr.toShapefile(SharedData.file("zaanstad/wijk_zaanstad.geojson"), folder.resolve("wijken.shp"), "UTF-8");
		return folder;
	}

	private Path zip(String name, List<String> entryNames, List<Path> files) throws IOException {
		Path zip = Files.createDirectories(folder.resolve("zips")).resolve(name);
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
			for (int i = 0; i < entryNames.size(); i++) {
				zipped.putNextEntry(new ZipEntry(entryNames.get(i)));
				Files.copy(files.get(i), zipped);
				zipped.closeEntry();
			}
		}
		return zip;
	}

	private List<Path> parts(String baseName) {
		return Stream.of("shp", "shx", "dbf", "prj", "cpg").map(e -> folder.resolve(baseName + "." + e)).toList();
	}

	private static Set<Path> extractionDirectories() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(p -> p.getFileName().toString().startsWith("veerkracht-shapefile-"))
					.collect(Collectors.toSet());
		}
	}

	@Test
	void eachShapefileInAZipIsALayerAndTheExtractionIsDeleted() throws Exception {
		makeShapefiles();
		List<Path> files = Stream.concat(parts("buurten").stream(), parts("wijken").stream()).toList();
		List<String> names = files.stream().map(f -> "zaanstad/" + f.getFileName()).toList();
		Path zip = zip("zaanstad.zip", names, files);
		Set<Path> before = extractionDirectories();

		List<FeatureCollection> layers = new ShapefileFormat().read(zip, ProgressListener.NONE);

		assertEquals(List.of("buurten", "wijken"), layers.stream().map(l -> l.getSchema().getName()).toList());
		assertEquals(50, layers.get(0).size());
		assertEquals(19, layers.get(1).size());
		assertEquals(Crs.RD_NEW, layers.get(1).getCrs());
		assertEquals(before, extractionDirectories(), "the temporary extraction is deleted");
		assertEquals(Set.of("zaanstad.zip"), Files.list(zip.getParent()).map(p -> p.getFileName().toString())
				.collect(Collectors.toSet()), "nothing is written beside the archive");
	}

	@Test
	void aZipWithAPathTraversalEntryIsRejectedBeforeAnythingIsWritten() throws Exception {
		makeShapefiles();
		List<Path> files = parts("buurten");
		List<String> names = List.of("buurten.shp", "buurten.shx", "../buurten.dbf", "buurten.prj", "buurten.cpg");
		Path zip = zip("evil.zip", names, files);
		Set<Path> before = extractionDirectories();

		DataSourceException e = assertThrows(DataSourceException.class,
				() -> new ShapefileFormat().read(zip, ProgressListener.NONE));

		assertTrue(e.getMessage().startsWith("evil.zip: entry '../buurten.dbf' points outside the archive"),
				e.getMessage());
		assertFalse(Files.exists(folder.resolve("buurten.dbf").getParent().getParent().resolve("buurten.dbf")));
		assertEquals(before, extractionDirectories());
	}

	@Test
	void anAbsoluteEntryIsRejected() throws Exception {
		makeShapefiles();
		Path zip = zip("absolute.zip", List.of("/tmp/buurten.shp"), List.of(folder.resolve("buurten.shp")));

		DataSourceException e = assertThrows(DataSourceException.class,
				() -> new ShapefileFormat().read(zip, ProgressListener.NONE));
		assertTrue(e.getMessage().contains("'/tmp/buurten.shp' points outside the archive"), e.getMessage());
	}

	@Test
	void aBrokenShapefileInAZipNamesTheArchiveAndTheEntry() throws Exception {
		makeShapefiles();
		List<Path> files = parts("buurten").stream().filter(p -> !p.toString().endsWith(".dbf")).toList();
		Path zip = zip("incomplete.zip", files.stream().map(p -> "data/" + p.getFileName()).toList(), files);

		DataSourceException e = assertThrows(DataSourceException.class,
				() -> new ShapefileFormat().read(zip, ProgressListener.NONE));
		assertTrue(e.getMessage().startsWith("incomplete.zip: data/buurten.shp: the attribute table"), e.getMessage());
	}

	@Test
	void aZipWithoutShapefilesSaysSo() throws Exception {
		Path readme = Files.writeString(folder.resolve("readme.txt"), "geen shapefile");
		Path zip = zip("empty.zip", List.of("readme.txt"), List.of(readme));

		DataSourceException e = assertThrows(DataSourceException.class,
				() -> new ShapefileFormat().read(zip, ProgressListener.NONE));
		assertEquals("empty.zip: the archive contains no .shp file", e.getMessage());
	}

	@Test
	void shapefilesAreReadThroughTheRegistryWithTheirWarnings() throws Exception {
		makeShapefiles();
		Files.delete(folder.resolve("buurten.prj"));
		DataFormatDescriptor format = DataFormatRegistry.getDefault().forFile(folder.resolve("buurten.shp"))
				.orElseThrow();
		assertEquals("nl.veerkracht.gis.shapefile.shapefile", format.getId());
		assertEquals("Esri Shapefile", format.getName());
		assertInstanceOf(ShapefileFormat.class, format.getFormat());

		ReadWarnings warnings = new ReadWarnings();
		List<FeatureCollection> layers = DataFormatRegistry.getDefault().read(folder.resolve("buurten.shp"),
				ProgressListener.NONE, warnings);

		assertEquals(50, layers.get(0).size());
		assertEquals(1, warnings.list().size());
		assertTrue(warnings.list().get(0).message().startsWith("no .prj"));
	}
}
