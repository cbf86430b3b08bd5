package nl.veerkracht.gis.core.style.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClassifierTest {

	private static final double[] THREE_CLUSTERS = { 22, 1, 11, 2, 20, 3, 10, 12, 21 };

	@Test
	void equalIntervalDividesTheRangeEvenly() {
		double[] breaks = Classifier.breaks(new double[] { 0, 1, 5, 10 }, ClassificationMethod.EQUAL_INTERVAL, 4);
		assertArrayEquals(new double[] { 2.5, 5, 7.5, 10 }, breaks, 1e-12);
	}

	@Test
	void quantileGivesClassesOfEqualSize() {
		double[] values = { 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 };
		Classification classification = Classifier.classify(values, ClassificationMethod.QUANTILE, 4);
		assertArrayEquals(new double[] { 3, 6, 9, 12 }, classification.breaks());
		assertArrayEquals(new int[] { 3, 3, 3, 3 }, countPerClass(classification, values));
	}

	@Test
	void quantileSpreadsTheRemainderWhenTheCountDoesNotDivide() {
		double[] values = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		Classification classification = Classifier.classify(values, ClassificationMethod.QUANTILE, 4);
		assertArrayEquals(new double[] { 3, 5, 8, 10 }, classification.breaks());
		assertArrayEquals(new int[] { 3, 2, 3, 2 }, countPerClass(classification, values));
	}

	@Test
	void naturalBreaksFindTheClusters() {
		assertArrayEquals(new double[] { 3, 12, 22 },
				Classifier.breaks(THREE_CLUSTERS, ClassificationMethod.NATURAL_BREAKS, 3));
	}

	@Test
	void naturalBreaksWithTwoClassesSplitOffTheHighCluster() {
		// {1,2,3} | {10..22}: 2 + 154 = 156; {1..12} | {20,21,22}: 125.5 + 2 = 127.5, the least.
		assertArrayEquals(new double[] { 12, 22 },
				Classifier.breaks(THREE_CLUSTERS, ClassificationMethod.NATURAL_BREAKS, 2));
	}

	@Test
	void naturalBreaksNeverSplitEqualValues() {
		double[] values = { 1, 1, 1, 1, 5, 5, 5, 9 };
		assertArrayEquals(new double[] { 1, 5, 9 }, Classifier.breaks(values, ClassificationMethod.NATURAL_BREAKS, 3));
	}

	@Test
	void naturalBreaksHandleTenThousandValues() {
		Random random = new Random(42);
		double[] values = new double[10_000];
		for (int i = 0; i < values.length; i++) {
			values[i] = (i % 3) * 100 + random.nextDouble();
		}
		double[] breaks = Classifier.breaks(values, ClassificationMethod.NATURAL_BREAKS, 3);
		assertEquals(3, breaks.length);
		assertTrue(breaks[0] < 1 && breaks[1] > 100 && breaks[1] < 101, () -> java.util.Arrays.toString(breaks));
	}

	@Test
	void standardDeviationClassesAreOneDeviationWideAroundTheMean() {
		// mean 5, population standard deviation 2
		double[] values = { 2, 4, 4, 4, 5, 5, 7, 9 };
		assertArrayEquals(new double[] { 3, 5, 7, 9 },
				Classifier.breaks(values, ClassificationMethod.STANDARD_DEVIATION, 4), 1e-12);
		assertArrayEquals(new double[] { 4, 6, 9 },
				Classifier.breaks(values, ClassificationMethod.STANDARD_DEVIATION, 3), 1e-12);
		assertArrayEquals(new double[] { 2, 4, 6, 8, 9 },
				Classifier.breaks(values, ClassificationMethod.STANDARD_DEVIATION, 5), 1e-12);
	}

	@Test
	void standardDeviationBreaksOutsideTheDataAreClipped() {
		// 1..10: mean 5.5, deviation sqrt(8.25); nine classes reach far beyond the data, five remain
		double[] values = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		double sd = Math.sqrt(8.25);
		assertArrayEquals(new double[] { 5.5 - 1.5 * sd, 5.5 - 0.5 * sd, 5.5 + 0.5 * sd, 5.5 + 1.5 * sd, 10 },
				Classifier.breaks(values, ClassificationMethod.STANDARD_DEVIATION, 9), 1e-12);
	}

	@ParameterizedTest
	@EnumSource(value = ClassificationMethod.class, names = "MANUAL", mode = EnumSource.Mode.EXCLUDE)
	void nanIsNoDataAndIgnored(ClassificationMethod method) {
		double[] withNan = { Double.NaN, 22, 1, 11, Double.NaN, 2, 20, 3, 10, 12, 21, Double.NaN };
		assertArrayEquals(Classifier.breaks(THREE_CLUSTERS, method, 3), Classifier.breaks(withNan, method, 3));
	}

	@ParameterizedTest
	@EnumSource(value = ClassificationMethod.class, names = "MANUAL", mode = EnumSource.Mode.EXCLUDE)
	void fewerDistinctValuesThanClassesGiveFewerClasses(ClassificationMethod method) {
		double[] values = { 4, 4, 7, 7, 7, 4 };
		double[] breaks = Classifier.breaks(values, method, 5);
		assertTrue(breaks.length <= 2, () -> java.util.Arrays.toString(breaks));
		assertEquals(7, breaks[breaks.length - 1]);
		assertStrictlyAscending(breaks);
	}

	@ParameterizedTest
	@EnumSource(value = ClassificationMethod.class, names = "MANUAL", mode = EnumSource.Mode.EXCLUDE)
	void oneDistinctValueIsOneClass(ClassificationMethod method) {
		assertArrayEquals(new double[] { 3 }, Classifier.breaks(new double[] { 3, 3, Double.NaN, 3 }, method, 4));
	}

	@Test
	void quantileDuplicatesCollapse() {
		// six ones fill the first two quantile groups; their shared break appears once
		double[] values = { 1, 1, 1, 1, 1, 1, 2, 3, 4 };
		assertArrayEquals(new double[] { 1, 4 }, Classifier.breaks(values, ClassificationMethod.QUANTILE, 3));
	}

	@ParameterizedTest
	@EnumSource(value = ClassificationMethod.class, names = "MANUAL", mode = EnumSource.Mode.EXCLUDE)
	void emptyOrAllNanInputHasNoClasses(ClassificationMethod method) {
		assertEquals(0, Classifier.breaks(new double[0], method, 5).length);
		assertEquals(0, Classifier.breaks(new double[] { Double.NaN, Double.NaN }, method, 5).length);
		assertEquals(-1, Classifier.classify(new double[0], method, 5).classOf(1.0));
	}

	@Test
	void invalidArgumentsAreRejected() {
		double[] values = { 1, 2, 3 };
		assertThrows(IllegalArgumentException.class, () -> Classifier.breaks(values, ClassificationMethod.QUANTILE, 0));
		assertThrows(IllegalArgumentException.class, () -> Classifier.breaks(values, ClassificationMethod.MANUAL, 3));
		assertThrows(IllegalArgumentException.class,
				() -> Classifier.breaks(new double[] { 1, Double.POSITIVE_INFINITY }, ClassificationMethod.QUANTILE, 2));
	}

	@Test
	void manualBreaksMustBeStrictlyAscending() {
		Classification manual = Classifier.manual(new double[] { 10, 20, 50 });
		assertEquals(ClassificationMethod.MANUAL, manual.method());
		assertArrayEquals(new double[] { 10, 20, 50 }, manual.breaks());
		assertThrows(IllegalArgumentException.class, () -> Classifier.manual(new double[] { 10, 5, 50 }));
		assertThrows(IllegalArgumentException.class, () -> Classifier.manual(new double[] { 10, 10, 50 }));
		assertThrows(IllegalArgumentException.class, () -> Classifier.manual(new double[] { 10, Double.NaN }));
		assertThrows(IllegalArgumentException.class, () -> Classifier.manual(new double[0]));
	}

	private static int[] countPerClass(Classification classification, double[] values) {
		int[] counts = new int[classification.classCount()];
		for (double value : values) {
			counts[classification.classOf(value)]++;
		}
		return counts;
	}

	private static void assertStrictlyAscending(double[] breaks) {
		for (int i = 1; i < breaks.length; i++) {
			assertTrue(breaks[i] > breaks[i - 1], () -> java.util.Arrays.toString(breaks));
		}
	}
}
