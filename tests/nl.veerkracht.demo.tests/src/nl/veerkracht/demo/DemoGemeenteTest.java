package nl.veerkracht.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;

class DemoGemeenteTest {

	private final DemoGemeente demo = DemoGemeente.generate();

	@Test
	void hasThirtyValidBuurtenInSixWijkenInRdNew() {
		assertEquals(DemoGemeente.BUURT_COUNT, demo.buurten().size());
		assertEquals(6, demo.wijken().size());
		assertEquals(1, demo.gemeente().size());
		assertEquals(Crs.RD_NEW, demo.buurten().getCrs());
		for (Feature buurt : demo.buurten().getFeatures()) {
			assertTrue(buurt.getGeometry().isValid(), buurt.getId() + " has a valid polygon");
			assertTrue(buurt.getGeometry().getArea() > 50_000, buurt.getId() + " is at least 5 ha");
		}
	}

	@Test
	void everyInventedBuurtIsKnownAsTheDemosAndNoCbsBuurtIs() {
		for (Feature buurt : demo.buurten().getFeatures()) {
			assertTrue(DemoGemeente.isDemoBuurt((String) buurt.getAttribute("gwb_code")), buurt.getAttribute("gwb_code") + "");
		}
		for (String cbs : List.of("BU05990110", "BU03630000", "WK999901", "GM9999", "")) {
			assertTrue(!DemoGemeente.isDemoBuurt(cbs), cbs);
		}
		assertTrue(!DemoGemeente.isDemoBuurt(null));
		List<String> codes = demo.buurten().getFeatures().stream().map(b -> (String) b.getAttribute("gwb_code")).toList();
		assertTrue(DemoGemeente.isInvented(codes), "the demo's buurten rest on invented figures");
		List<String> mixed = new java.util.ArrayList<>(codes);
		mixed.add("BU05990110");
		assertTrue(!DemoGemeente.isInvented(mixed), "a real buurt among them is not invented");
		assertTrue(!DemoGemeente.isInvented(List.of()), "nothing is not invented");
	}

	@Test
	void everyBuurtHasItsOwnName() {
		Set<String> names = new HashSet<>();
		for (Feature buurt : demo.buurten().getFeatures()) {
			assertTrue(names.add((String) buurt.getAttribute("regio")), "a second buurt named " + buurt.getAttribute("regio"));
		}
	}

	@Test
	void liesInTheNetherlandsInPlausibleRdNewCoordinates() {
		Envelope extent = demo.gemeente().getEnvelope();
		assertTrue(extent.getMinX() > 13_000 && extent.getMaxX() < 278_000, extent.toString());
		assertTrue(extent.getMinY() > 306_000 && extent.getMaxY() < 620_000, extent.toString());
		assertTrue(extent.getWidth() > 4_000 && extent.getWidth() < 12_000, "a town of a few km across: " + extent);
	}

	@Test
	void buurtenTileTheMunicipalityWithoutOverlap() {
		Geometry outline = demo.gemeente().getFeatures().get(0).getGeometry();
		double sum = demo.buurten().getFeatures().stream().mapToDouble(f -> f.getGeometry().getArea()).sum();
		assertEquals(outline.getArea(), sum, outline.getArea() * 1e-6, "buurten cover the gemeente exactly once");
		List<Feature> buurten = demo.buurten().getFeatures();
		for (int i = 0; i < buurten.size(); i++) {
			for (int j = i + 1; j < buurten.size(); j++) {
				Geometry overlap = buurten.get(i).getGeometry().intersection(buurten.get(j).getGeometry());
				assertTrue(overlap.getArea() < 1, buurten.get(i).getId() + " overlaps " + buurten.get(j).getId());
			}
		}
	}

	@Test
	void usesCbsCodesOfAnInventedGemeente() {
		Set<String> codes = new HashSet<>();
		for (Feature buurt : demo.buurten().getFeatures()) {
			String code = (String) buurt.getAttribute("gwb_code");
			assertTrue(code.matches("BU9999\\d{4}"), code);
			assertTrue(code.startsWith("BU" + ((String) buurt.getAttribute("wk_code")).substring(2)), code);
			assertTrue(codes.add(code), "unique " + code);
			assertEquals(DemoGemeente.SOURCE, buurt.getAttribute("bron"), "every feature says it is invented");
		}
		for (Feature wijk : demo.wijken().getFeatures()) {
			assertTrue(((String) wijk.getAttribute("gwb_code")).matches("WK9999\\d{2}"));
		}
	}

	@Test
	void figuresAreCoherentAndSuppressedWhereCbsWould() {
		int suppressed = 0;
		for (Feature buurt : demo.buurten().getFeatures()) {
			long inwoners = (Long) buurt.getAttribute("a_inw");
			long huishoudens = (Long) buurt.getAttribute("a_hh");
			assertTrue(inwoners > 0 && huishoudens <= inwoners, buurt.getId());
			long koop = (Long) buurt.getAttribute("p_koopw");
			assertEquals(100, koop + (Long) buurt.getAttribute("p_huurw"), "owner-occupied + rented = 100%");
			assertTrue((Long) buurt.getAttribute("p_wcorpw") <= 100 - koop, "corporation stock is part of the rented stock");
			if (huishoudens < 100) {
				suppressed++;
				assertNull(buurt.getAttribute("p_hh_li"), "income of a tiny buurt is suppressed, not zero");
			} else {
				assertNotNull(buurt.getAttribute("p_hh_li"), buurt.getId());
			}
		}
		assertEquals(1, suppressed, "one business park with hardly any residents");
	}

	@Test
	void deprivationShowsInTheFiguresAsInRealTowns() {
		double lowIncomeVsCorporation = correlation("p_hh_li", "p_wcorpw");
		double lowIncomeVsWoz = correlation("p_hh_li", "g_wozbag");
		assertTrue(lowIncomeVsCorporation > 0.6, "low income goes with corporation housing: " + lowIncomeVsCorporation);
		assertTrue(lowIncomeVsWoz < -0.6, "low income goes with low WOZ values: " + lowIncomeVsWoz);
	}

	@Test
	void isTheSameEveryTime() {
		DemoGemeente again = DemoGemeente.generate();
		for (int i = 0; i < demo.buurten().size(); i++) {
			Feature a = demo.buurten().getFeatures().get(i);
			Feature b = again.buurten().getFeatures().get(i);
			for (int k = 0; k < a.getSchema().size(); k++) {
				assertEquals(a.getAttribute(k), b.getAttribute(k), a.getSchema().attribute(k).name());
			}
			assertTrue(a.getGeometry().equalsExact(b.getGeometry()));
		}
	}

	private double correlation(String x, String y) {
		List<Feature> rows = demo.buurten().getFeatures().stream()
				.filter(f -> f.getAttribute(x) != null && f.getAttribute(y) != null).toList();
		double[] a = rows.stream().mapToDouble(f -> ((Number) f.getAttribute(x)).doubleValue()).toArray();
		double[] b = rows.stream().mapToDouble(f -> ((Number) f.getAttribute(y)).doubleValue()).toArray();
		double ma = mean(a);
		double mb = mean(b);
		double sab = 0;
		double saa = 0;
		double sbb = 0;
		for (int i = 0; i < a.length; i++) {
			sab += (a[i] - ma) * (b[i] - mb);
			saa += (a[i] - ma) * (a[i] - ma);
			sbb += (b[i] - mb) * (b[i] - mb);
		}
		return sab / Math.sqrt(saa * sbb);
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum / values.length;
	}
}
