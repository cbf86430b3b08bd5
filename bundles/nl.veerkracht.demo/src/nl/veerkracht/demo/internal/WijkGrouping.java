package nl.veerkracht.demo.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;

/**
 * Groups the buurten into wijken: the buurten nearest the centre form the central wijk, the
 * others are split into sectors around it, as towns grew outwards in rings and radials.
 */
public final class WijkGrouping {

	private WijkGrouping() {
	}

	/**
	 * @param seeds      the buurten's seed points, nearest to the centre first
	 * @param centre     the city centre
	 * @param centreSize how many buurten the central wijk gets
	 * @param sectors    how many wijken share the rest
	 * @return for each buurt (same order as {@code seeds}) the index of its wijk; 0 is the centre
	 */
	public static int[] group(List<Coordinate> seeds, Coordinate centre, int centreSize, int sectors) {
		int[] wijk = new int[seeds.size()];
		List<Integer> outer = new ArrayList<>();
		for (int i = centreSize; i < seeds.size(); i++) {
			outer.add(i);
		}
		outer.sort(Comparator.comparingDouble(i -> angle(seeds.get(i), centre)));
		for (int k = 0; k < outer.size(); k++) {
			wijk[outer.get(k)] = 1 + k * sectors / outer.size();
		}
		return wijk;
	}

	private static double angle(Coordinate point, Coordinate centre) {
		return Math.atan2(point.y - centre.y, point.x - centre.x);
	}
}
