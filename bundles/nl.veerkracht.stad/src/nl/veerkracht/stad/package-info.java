/**
 * Phase 4 of the veerkracht method, "impact op de hele stad": a deterministic stock-and-flow model of dwellings
 * and households per buurt and year ({@link nl.veerkracht.stad.StadModel}), the four handelingsperspectieven as
 * editable parameters ({@link nl.veerkracht.stad.ModelParameters}, {@link nl.veerkracht.stad.IntensityTable}),
 * city-wide balance figures ({@link nl.veerkracht.stad.YearBalance}), waterbed effects
 * ({@link nl.veerkracht.stad.WaterbedAnalysis}) and sensitivity bands
 * ({@link nl.veerkracht.stad.SensitivityAnalysis}). UI-free.
 */
package nl.veerkracht.stad;
