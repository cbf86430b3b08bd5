package nl.veerkracht.cbs.join;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.veerkracht.cbs.data.RegionCode;

/**
 * What a join of CBS observations to boundaries matched and what it did not; nothing is dropped silently.
 *
 * @param codeAttribute the boundary attribute that held the region codes
 * @param year the year of the observations joined
 * @param matched the number of boundaries that got data
 * @param dataWithoutGeometry codes (of the boundaries' level) that have data but no boundary
 * @param geometryWithoutData codes of boundaries without data in that year
 * @param featuresWithoutCode ids of boundaries whose code attribute is empty or not a region code
 * @param duplicateCodes codes that occur on more than one boundary (all of them get the data)
 * @param boundaryChanges regions whose {@code Indelingswijziging} (ind_wbi) in that year says the code (2)
 *            or the boundary (3) changed since the year before, with that value
 */
public record JoinReport(String codeAttribute, int year, int matched, SortedSet<RegionCode> dataWithoutGeometry,
		SortedSet<String> geometryWithoutData, List<String> featuresWithoutCode, SortedSet<String> duplicateCodes,
		SortedMap<RegionCode, Integer> boundaryChanges) {

	/**
	 * Copies the collections.
	 *
	 * @param codeAttribute the code attribute
	 * @param year the year
	 * @param matched the number of matched boundaries
	 * @param dataWithoutGeometry codes with data but no boundary
	 * @param geometryWithoutData codes of boundaries without data
	 * @param featuresWithoutCode ids of boundaries without a valid code
	 * @param duplicateCodes codes on more than one boundary
	 * @param boundaryChanges boundary changes per region
	 */
	public JoinReport {
		Objects.requireNonNull(codeAttribute, "codeAttribute");
		dataWithoutGeometry = Collections.unmodifiableSortedSet(new TreeSet<>(dataWithoutGeometry));
		geometryWithoutData = Collections.unmodifiableSortedSet(new TreeSet<>(geometryWithoutData));
		featuresWithoutCode = List.copyOf(featuresWithoutCode);
		duplicateCodes = Collections.unmodifiableSortedSet(new TreeSet<>(duplicateCodes));
		boundaryChanges = Collections.unmodifiableSortedMap(new TreeMap<>(boundaryChanges));
	}

	/**
	 * Tells whether every boundary got data and every region with data got a boundary.
	 *
	 * @return {@code true} if nothing is unmatched
	 */
	public boolean isComplete() {
		return dataWithoutGeometry.isEmpty() && geometryWithoutData.isEmpty() && featuresWithoutCode.isEmpty();
	}

	/**
	 * Describes the report in a few lines for a person.
	 *
	 * @return the summary
	 */
	public String summary() {
		StringBuilder text = new StringBuilder();
		text.append(matched).append(" boundaries joined on '").append(codeAttribute).append("' for ").append(year);
		if (!dataWithoutGeometry.isEmpty()) {
			text.append("\n").append(dataWithoutGeometry.size()).append(" regions with data but no boundary: ")
					.append(dataWithoutGeometry);
		}
		if (!geometryWithoutData.isEmpty()) {
			text.append("\n").append(geometryWithoutData.size()).append(" boundaries without data: ").append(geometryWithoutData);
		}
		if (!featuresWithoutCode.isEmpty()) {
			text.append("\n").append(featuresWithoutCode.size()).append(" boundaries without a region code: ")
					.append(featuresWithoutCode);
		}
		if (!duplicateCodes.isEmpty()) {
			text.append("\nCodes on more than one boundary: ").append(duplicateCodes);
		}
		if (!boundaryChanges.isEmpty()) {
			text.append("\nBoundary changes (Indelingswijziging 2 = code changed, 3 = boundary changed): ")
					.append(boundaryChanges);
		}
		return text.toString();
	}
}
