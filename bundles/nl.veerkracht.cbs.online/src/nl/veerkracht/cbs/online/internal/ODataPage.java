package nl.veerkracht.cbs.online.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One page of an OData v3 JSON response: the objects of its {@code value} array and the link to the next
 * page.
 *
 * @param rows the objects of {@code value}, each a map from member name to a scalar value in document order
 * @param nextLink the absolute {@code odata.nextLink}, or {@code null} on the last page
 */
public record ODataPage(List<Map<String, Object>> rows, URI nextLink) {
}
