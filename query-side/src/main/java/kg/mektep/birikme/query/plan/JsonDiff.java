package kg.mektep.birikme.query.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kg.mektep.birikme.api.plan.PlanHistory.FieldChange;

/** Field-by-field difference of two JSON documents, by path ({@code theme.goal}, {@code activities[2].date}). */
final class JsonDiff {

    private JsonDiff() {
    }

    static List<FieldChange> between(JsonNode before, JsonNode after) {
        Map<String, JsonNode> old = flatten(before);
        Map<String, JsonNode> now = flatten(after);
        TreeSet<String> paths = new TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            JsonNode was = old.get(path);
            JsonNode is = now.get(path);
            if (was == null || is == null || !was.equals(is)) {
                changes.add(new FieldChange(path, was == null ? null : was.toString(), is == null ? null : is.toString()));
            }
        }
        return changes;
    }

    private static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        flatten("", node, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else if (!node.isNull()) {
            leaves.put(path, node);
        }
    }
}
