package nl.veerkracht.gis.core.style.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClassificationTest {

	private final Classification classification = Classifier.manual(new double[] { 10, 20, 30 });

	@Test
	void aValueEqualToABreakBelongsToThatClass() {
		assertEquals(0, classification.classOf(10.0));
		assertEquals(1, classification.classOf(20.0));
		assertEquals(2, classification.classOf(30.0));
	}

	@Test
	void aValueJustAboveABreakBelongsToTheNextClass() {
		assertEquals(1, classification.classOf(Math.nextUp(10.0)));
		assertEquals(2, classification.classOf(20.5));
	}

	@Test
	void valuesOutsideTheBreaksFallInTheOuterClasses() {
		assertEquals(0, classification.classOf(-1000.0));
		assertEquals(2, classification.classOf(1000.0));
	}

	@Test
	void missingValuesAreNoData() {
		assertEquals(Classification.NO_DATA, classification.classOf(Double.NaN));
		assertEquals(-1, classification.classOf((Number) null));
		assertEquals(1, classification.classOf(Long.valueOf(15)));
	}

	@Test
	void breaksCannotBeChangedFromOutside() {
		double[] breaks = { 1, 2 };
		Classification copy = new Classification(ClassificationMethod.MANUAL, breaks);
		breaks[0] = 99;
		copy.breaks()[1] = 99;
		assertArrayEquals(new double[] { 1, 2 }, copy.breaks());
	}

	@Test
	void equalityComparesBreakValues() {
		assertEquals(Classifier.manual(new double[] { 10, 20, 30 }), classification);
		assertEquals(Classifier.manual(new double[] { 10, 20, 30 }).hashCode(), classification.hashCode());
		assertNotEquals(Classifier.manual(new double[] { 10, 20, 31 }), classification);
		assertNotEquals(new Classification(ClassificationMethod.QUANTILE, new double[] { 10, 20, 30 }), classification);
	}
}
