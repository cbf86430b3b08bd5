package nl.veerkracht.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.cbs.catalogue.VariableCatalogue;

/**
 * Contributions read by a real Equinox extension registry, built for the test so that the contributions
 * (good and broken) and their plug-in names are under its control.
 */
class ExtensionContributionTest {

	/** A valid indicator class for the contributions below. */
	public static final class Inhabitants implements Indicator {

		/** Created by the registry. */
		public Inhabitants() {
		}

		@Override
		public IndicatorResult compute(IndicatorInput input) {
			return input.value("a_inw");
		}
	}

	private static final String GOOD = """
			<indicator id="inwoners" labelNl="Inwoners" labelEn="Inhabitants" unit="COUNT" domain="bevolking"
					direction="higherIsMoreVulnerable" role="context"
					class="nl.veerkracht.scoring.ExtensionContributionTest$Inhabitants">
				<variable id="a_inw"/>
			</indicator>
			""";

	private static String indicator(String id, String attributes, String variable) {
		return "<indicator id=\"" + id + "\" labelNl=\"Test\" labelEn=\"Test\" " + attributes + ">"
				+ "<variable id=\"" + variable + "\"/></indicator>";
	}

	private static final String VALID = "unit=\"COUNT\" domain=\"bevolking\" direction=\"higherIsMoreVulnerable\" "
			+ "role=\"kwetsbaarheid\" class=\"nl.veerkracht.scoring.ExtensionContributionTest$Inhabitants\"";

	@Test
	void aValidContributionIsReadWithAllItsAttributes() {
		IndicatorRegistry registry = read("com.example.good", GOOD);
		assertEquals(List.of(), registry.problems());
		IndicatorDescriptor inhabitants = registry.indicator("inwoners").orElseThrow();
		assertEquals("com.example.good", inhabitants.contributor());
		assertEquals(Unit.COUNT, inhabitants.unit());
		assertEquals(Domain.BEVOLKING, inhabitants.domain());
		assertEquals(Role.CONTEXT, inhabitants.role());
		assertEquals(0.0, inhabitants.defaultWeight(), "context defaults to weight 0");
		assertEquals(List.of("a_inw"), inhabitants.variables());
		assertTrue(inhabitants.indicator() instanceof Inhabitants);
	}

	@Test
	void brokenContributionsAreLeftOutWithTheirPluginIdAndFault() {
		IndicatorRegistry registry = read("com.example.broken", GOOD
				+ indicator("procent", VALID.replace("unit=\"COUNT\"", "unit=\"procent\""), "a_inw")
				+ indicator("richting", VALID.replace("higherIsMoreVulnerable", "up"), "a_inw")
				+ indicator("onbekend", VALID, "a_inwoners")
				+ indicator("gewicht", VALID + " defaultWeight=\"veel\"", "a_inw")
				+ indicator("geenklasse", VALID.replace("ExtensionContributionTest$Inhabitants", "DoesNotExist"), "a_inw")
				+ indicator("geenindicator", VALID.replace("nl.veerkracht.scoring.ExtensionContributionTest$Inhabitants",
						"java.lang.Object"), "a_inw")
				+ indicator("inwoners", VALID, "a_inw")
				+ "<indicator labelNl=\"Zonder id\" labelEn=\"No id\" " + VALID + "><variable id=\"a_inw\"/></indicator>"
				+ "<indicator id=\"geenlabel\" labelNl=\"Test\" " + VALID + "><variable id=\"a_inw\"/></indicator>");
		assertEquals(List.of("inwoners"), registry.indicators().stream().map(IndicatorDescriptor::id).toList());
		List<String> messages = registry.problems().stream().map(ContributionProblem::message).toList();
		assertEquals(List.of(
				"Indicator procent of plug-in com.example.broken is left out: unit 'procent' is not one of COUNT, "
						+ "PERCENT, THOUSAND_EURO, INHABITANTS_PER_KM2, PER_KM2, PER_1000_INHABITANTS, "
						+ "PERSONS_PER_HOUSEHOLD, PER_HOUSEHOLD, HECTARE, KILOMETRE, CODE",
				"Indicator richting of plug-in com.example.broken is left out: direction 'up' is not one of "
						+ "higherIsMoreVulnerable, higherIsMoreResilient",
				"Indicator gewicht of plug-in com.example.broken is left out: defaultWeight 'veel' is not a number",
				"Indicator geenklasse of plug-in com.example.broken is left out: class nl.veerkracht.scoring.DoesNotExist cannot be created: "
						+ "cannot load nl.veerkracht.scoring.DoesNotExist",
				"Indicator geenindicator of plug-in com.example.broken is left out: class java.lang.Object does not "
						+ "implement nl.veerkracht.scoring.Indicator",
				"Indicator (no id) of plug-in com.example.broken is left out: attribute 'id' is missing",
				"Indicator geenlabel of plug-in com.example.broken is left out: attribute 'labelEn' is missing",
				"Indicator onbekend of plug-in com.example.broken is left out: the variable catalogue has no variable "
						+ "a_inwoners",
				"Indicator inwoners of plug-in com.example.broken is left out: the id is already used by plug-in "
						+ "com.example.broken"),
				messages);
	}

	private static IndicatorRegistry read(String contributor, String indicators) {
		Object token = new Object();
		IExtensionRegistry registry = RegistryFactory.createRegistry(new TestClassesStrategy(), token, null);
		try {
			contribute(registry, token, "nl.veerkracht.scoring",
					"<extension-point id=\"indicators\" name=\"Indicators\" schema=\"schema/indicators.exsd\"/>");
			contribute(registry, token, contributor,
					"<extension point=\"nl.veerkracht.scoring.indicators\">" + indicators + "</extension>");
			return IndicatorRegistry.fromExtensionRegistry(registry, VariableCatalogue.standard());
		} finally {
			registry.stop(token);
		}
	}

	private static void contribute(IExtensionRegistry registry, Object token, String contributor, String body) {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin>" + body + "</plugin>";
		boolean added = registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				ContributorFactorySimple.createContributor(contributor), false, contributor, null, token);
		assertTrue(added, "contribution of " + contributor + " not added");
	}

	/** Creates the contributed classes from this test fragment's class loader, as a bundle would from its own. */
	private static final class TestClassesStrategy extends RegistryStrategy {

		TestClassesStrategy() {
			super(null, null);
		}

		@Override
		public Object createExecutableExtension(RegistryContributor contributor, String className,
				String overriddenContributorName) throws CoreException {
			try {
				return Class.forName(className, true, ExtensionContributionTest.class.getClassLoader())
						.getDeclaredConstructor().newInstance();
			} catch (ReflectiveOperationException | LinkageError e) {
				throw new CoreException(Status.error("cannot load " + className, e));
			}
		}
	}
}
