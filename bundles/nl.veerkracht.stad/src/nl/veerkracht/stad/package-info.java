/**
 * Phase 4 of the veerkracht method, "impact op de hele stad": a deterministic stock-and-flow model of dwellings
 * and households per buurt and year ({@link nl.veerkracht.stad.StadModel}), the four handelingsperspectieven as
 * editable parameters ({@link nl.veerkracht.stad.ModelParameters}, {@link nl.veerkracht.stad.IntensityTable}),
 * city-wide balance figures ({@link nl.veerkracht.stad.YearBalance}), waterbed effects
 * ({@link nl.veerkracht.stad.WaterbedAnalysis}) and sensitivity bands
 * ({@link nl.veerkracht.stad.SensitivityAnalysis}). UI-free.
 * <p>
 * With a {@link nl.veerkracht.stad.KwetsbaarheidProjection} ({@link nl.veerkracht.stad.StadModel#withProjection})
 * every buurt-year also carries its projected kwetsbaarheid score, computed by the scoring engine's own
 * normalisation (against the start year's reference, so a city-wide rise shows as a rise), weights, coverage rule
 * and class rule from the low-income and corporation indicators the model moves; its class is then the
 * projected class (used by the waterbed analysis), and the sensitivity run gives a band for it.
 * <p>
 * Only the central run builds a {@link nl.veerkracht.stad.BuurtYear} per buurt and year; the sensitivity samples
 * run the same flows on primitive arrays, in parallel and deterministically, so a national run (thousands of
 * buurten, 15 years, 100 samples) takes seconds (see the benchmark module {@code tests/nl.veerkracht.stad.bench}).
 */
package nl.veerkracht.stad;
