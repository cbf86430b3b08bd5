package nl.veerkracht.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.IndicatorGewicht;
import nl.veerkracht.model.Normalisatie;
import nl.veerkracht.model.Referentie;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.provider.VeerkrachtItemProviderAdapterFactory;

/**
 * The Project Explorer shows a signal map under its analysis and its weights under it, labelled by what
 * they are ({@code Signaleringskaart GM0599 (2016)}, {@code Gewicht laag_inkomen: 2}), through the item
 * providers of nl.veerkracht.model.edit and their Dutch {@code _UI_} texts.
 */
class SignaleringskaartLabelTest {

	private final VeerkrachtItemProviderAdapterFactory factory = new VeerkrachtItemProviderAdapterFactory();

	@AfterEach
	void dispose() {
		factory.dispose();
	}

	@Test
	void theSignalMapIsAChildOfItsAnalysisWithItsWeightsUnderIt() {
		Analyse analyse = FullAnalyse.create();
		Signaleringskaart kaart = analyse.getSignaleringskaart();

		assertTrue(tree(analyse).getChildren(analyse).contains(kaart));
		assertEquals(List.copyOf(kaart.getGewichten()), List.copyOf(tree(kaart).getChildren(kaart)));
	}

	@Test
	void theSignalMapIsLabelledByGemeenteAndYear() {
		Signaleringskaart kaart = FullAnalyse.signaleringskaart();

		assertEquals("Signaleringskaart GM0479 (2022)", text(kaart));
		kaart.setJaar(0);
		assertEquals("Signaleringskaart GM0479 (laatste jaar)", text(kaart));
		kaart.setGemeenteCode(null);
		kaart.setJaar(2016);
		assertEquals("Signaleringskaart alle buurten (2016)", text(kaart));
	}

	@Test
	void aWeightIsLabelledByIndicatorAndWeight() {
		IndicatorGewicht gewicht = FullAnalyse.gewicht("laag_inkomen", 2);

		assertEquals("Gewicht laag_inkomen: 2", text(gewicht));
		gewicht.setGewicht(0.125);
		assertEquals("Gewicht laag_inkomen: 0,125", text(gewicht));
		gewicht.setIndicatorId(null);
		assertEquals("Gewicht (geen indicator): 0,125", text(gewicht));
	}

	@Test
	void everyPropertyHasADutchName() {
		Signaleringskaart kaart = FullAnalyse.signaleringskaart();

		assertEquals(List.of("Jaar (0 = laatste)", "Gemeente (GM-code)", "Referentie", "Normalisatie", "Minimale dekking",
				"Buurtgrenzen", "KWB-bestanden"), names(kaart));
		assertEquals(List.of("Indicator", "Gewicht"), names(kaart.getGewichten().get(0)));
		assertEquals("rang", literal(kaart, "Normalisatie", Normalisatie.RANG));
		assertEquals("alle", literal(kaart, "Referentie", Referentie.ALLE));
	}

	private String text(Object object) {
		return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
	}

	private ITreeItemContentProvider tree(Object object) {
		return (ITreeItemContentProvider) factory.adapt(object, ITreeItemContentProvider.class);
	}

	private List<String> names(Object object) {
		IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
		return source.getPropertyDescriptors(object).stream().map(descriptor -> descriptor.getDisplayName(object)).toList();
	}

	private String literal(Object object, String property, Object value) {
		IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
		IItemPropertyDescriptor descriptor = source.getPropertyDescriptors(object).stream()
				.filter(d -> d.getDisplayName(object).equals(property)).findFirst().orElseThrow();
		return descriptor.getLabelProvider(object).getText(value);
	}
}
