package nl.veerkracht.cbs.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.PercentageDeriver;
import nl.veerkracht.cbs.internal.TextDecoding;
import nl.veerkracht.gis.core.io.DataSourceException;

/**
 * Recognises which kind of CBS file a path is and reads it, for an import wizard's preview. Every read
 * maps columns through one {@link VariableCatalogue} and then adds the catalogue's derived percentages
 * (see {@link PercentageDeriver}). Reading is blocking; call it from a background job.
 */
public final class CbsImport {

	private static final int PEEK_BYTES = 64 * 1024;

	private final VariableCatalogue catalogue;

	/**
	 * Creates an importer with the bundled catalogue.
	 */
	public CbsImport() {
		this(VariableCatalogue.standard());
	}

	/**
	 * Creates an importer with a given catalogue.
	 *
	 * @param catalogue the catalogue
	 */
	public CbsImport(VariableCatalogue catalogue) {
		this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
	}

	/**
	 * Returns the catalogue this importer maps columns with.
	 *
	 * @return the catalogue
	 */
	public VariableCatalogue catalogue() {
		return catalogue;
	}

	/**
	 * Recognises the kind of a file from its name and first bytes.
	 *
	 * @param file the file
	 * @return the kind
	 * @throws DataSourceException if the file cannot be read or is not a kind of CBS file this bundle knows
	 */
	public CbsFileKind detect(Path file) throws DataSourceException {
		String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return CbsFileKind.KWB_XLSX;
		}
		String head = TextDecoding.decode(peek(file)).text();
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			if (StatLineCsvReader.looksLikeStatLine(head.lines().limit(20).toList())) {
				return CbsFileKind.STATLINE_CSV;
			}
			throw new DataSourceException(file, "not a StatLine export of Kerncijfers wijken en buurten "
					+ "(no header row with 'Codering' and 'Jaar')", null);
		}
		String json = head.replaceAll("\\s", "");
		if (json.contains("\"type\":\"FeatureCollection\"")) {
			return CbsFileKind.WBK_GEOJSON;
		}
		if (json.contains("\"tijdreeksen\"") || json.contains("\"indicatoren\"")) {
			return CbsFileKind.SERIES_JSON;
		}
		throw new DataSourceException(file, "not a CBS file this importer knows (StatLine CSV, kwb xlsx, "
				+ "Wijk- en Buurtkaart GeoJSON, series JSON)", null);
	}

	/**
	 * Recognises and reads a file.
	 *
	 * @param file the file
	 * @return what was read
	 * @throws DataSourceException if the file cannot be recognised or read; the message names the file
	 *         and the position of the fault
	 */
	public ImportPreview read(Path file) throws DataSourceException {
		return read(file, OptionalInt.empty());
	}

	/**
	 * Recognises and reads a file, with the year to use for a Wijk- en Buurtkaart that does not state its
	 * year (the classic WBK has no year attribute).
	 *
	 * @param file the file
	 * @param fallbackYear the year for files that do not give one
	 * @return what was read
	 * @throws DataSourceException if the file cannot be recognised or read
	 */
	public ImportPreview read(Path file, OptionalInt fallbackYear) throws DataSourceException {
		CbsFileKind kind = detect(file);
		PercentageDeriver deriver = new PercentageDeriver(catalogue);
		return switch (kind) {
			case STATLINE_CSV -> new ImportPreview(file, kind, deriver.derive(new StatLineCsvReader(catalogue).read(file)),
					Optional.empty());
			case KWB_XLSX -> new ImportPreview(file, kind, deriver.derive(new KwbXlsxReader(catalogue).read(file)),
					Optional.empty());
			case SERIES_JSON -> new ImportPreview(file, kind, deriver.derive(new SeriesJsonReader(catalogue).read(file)),
					Optional.empty());
			case WBK_GEOJSON -> {
				WbkGeoJsonReader.Result result = new WbkGeoJsonReader(catalogue).read(file, fallbackYear);
				yield new ImportPreview(file, kind, deriver.derive(result.data()), Optional.of(result.boundaries()));
			}
		};
	}

	/**
	 * Reads several files (for example one StatLine export per year) into one data set, with derived
	 * percentages; see {@link CbsData#merge(List)} for conflicts.
	 *
	 * @param files the files
	 * @return the combined data
	 * @throws DataSourceException if one of the files cannot be recognised or read
	 */
	public CbsData readAll(List<Path> files) throws DataSourceException {
		List<CbsData> parts = new ArrayList<>();
		for (Path file : files) {
			parts.add(read(file).data());
		}
		return CbsData.merge(parts);
	}

	private static byte[] peek(Path file) throws DataSourceException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(PEEK_BYTES);
		} catch (IOException e) {
			throw new DataSourceException(file, "cannot read the file (" + e + ")", e);
		}
	}
}
