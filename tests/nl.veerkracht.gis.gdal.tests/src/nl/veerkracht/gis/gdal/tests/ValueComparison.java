package nl.veerkracht.gis.gdal.tests;

/** Compares one of our attribute values with the text GDAL's CSV export gives for it. */
final class ValueComparison {

	private ValueComparison() {
	}

	/**
	 * @param ours      our value: null, String, Long, Double or Boolean
	 * @param gdal      GDAL's CSV text; empty for NULL
	 * @param tolerance relative tolerance for reals
	 * @return whether they agree
	 */
	static boolean agree(Object ours, String gdal, double tolerance) {
		if (ours == null || "".equals(ours)) {
			return gdal.isEmpty();
		}
		return switch (ours) {
			case Long number -> gdal.equals(number.toString());
			case Double number -> closeEnough(number, gdal, tolerance);
			case Boolean truth -> gdal.equals(truth ? "1" : "0") || gdal.equalsIgnoreCase(truth.toString());
			default -> gdal.equals(ours.toString()) || sameJson(ours.toString(), gdal);
		};
	}

	private static boolean closeEnough(double ours, String gdal, double tolerance) {
		try {
			double theirs = Double.parseDouble(gdal);
			return ours == theirs || Math.abs(ours - theirs) <= tolerance * Math.abs(ours);
		} catch (NumberFormatException notANumber) {
			return false;
		}
	}

	/** Nested objects and arrays: GDAL re-serialises them with other spacing. */
	private static boolean sameJson(String ours, String gdal) {
		return (ours.startsWith("{") || ours.startsWith("["))
				&& ours.replaceAll("\\s", "").equals(gdal.replaceAll("\\s", ""));
	}
}
