package vnie.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Event;
import vnie.core.EventType;
import vnie.core.Mention;
import vnie.core.Relation;
import vnie.core.RelationType;

/**
 * Counts of an annotated corpus per group (a split folder such as {@code train}) and in all:
 * documents, characters, mentions per type, relations per type, events per type and arguments.
 */
public final class CorpusStatistics {
  /** The name of the row that sums all groups. */
  public static final String ALL = "all";

  /** The name of the group of documents that lie in no folder of their own. */
  public static final String TOP_LEVEL = "top-level";

  private final Map<String, Map<String, Integer>> rows = new TreeMap<>();

  /** Empty statistics, to {@link #add} documents to. */
  public CorpusStatistics() {}

  /** Adds one annotated document to {@code group} and to the total. */
  public void add(String group, Document document) {
    String name = group.isEmpty() ? TOP_LEVEL : group;
    for (String row : name.equals(ALL) ? List.of(ALL) : List.of(name, ALL)) {
      Map<String, Integer> counts = rows.computeIfAbsent(row, r -> emptyRow());
      counts.merge("documents", 1, Integer::sum);
      counts.merge("characters", document.text().length(), Integer::sum);
      for (Mention m : document.mentions()) {
        counts.merge("mentions", 1, Integer::sum);
        counts.merge(m.type().name(), 1, Integer::sum);
      }
      for (Relation r : document.relations()) {
        counts.merge("relations", 1, Integer::sum);
        counts.merge(r.type().name(), 1, Integer::sum);
      }
      for (Event e : document.events()) {
        counts.merge("events", 1, Integer::sum);
        counts.merge(e.type().name(), 1, Integer::sum);
        counts.merge("arguments", e.arguments().size(), Integer::sum);
      }
    }
  }

  /** The count {@code column} of {@code group}, 0 when the group or column has none. */
  public int count(String group, String column) {
    return rows.getOrDefault(group, Map.of()).getOrDefault(column, 0);
  }

  /** The columns in table order. */
  public static List<String> columns() {
    return List.copyOf(emptyRow().keySet());
  }

  /**
   * A Markdown table with one row per group and the total last, one column per count, so that it
   * can be pasted into a README as it is.
   */
  public String markdownTable() {
    List<String> columns = columns();
    StringBuilder out = new StringBuilder("| split |");
    columns.forEach(c -> out.append(' ').append(c).append(" |"));
    out.append("\n|---|");
    columns.forEach(c -> out.append("---:|"));
    out.append('\n');
    List<String> order = new ArrayList<>(rows.keySet());
    order.remove(ALL);
    order.add(ALL);
    for (String group : order) {
      if (!rows.containsKey(group)) {
        continue;
      }
      out.append("| ").append(group).append(" |");
      for (String c : columns) {
        out.append(' ').append(String.format(Locale.ROOT, "%,d", count(group, c))).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static Map<String, Integer> emptyRow() {
    Map<String, Integer> row = new LinkedHashMap<>();
    row.put("documents", 0);
    row.put("characters", 0);
    row.put("mentions", 0);
    for (EntityType t : EntityType.values()) {
      row.put(t.name(), 0);
    }
    row.put("relations", 0);
    for (RelationType t : RelationType.values()) {
      row.put(t.name(), 0);
    }
    row.put("events", 0);
    for (EventType t : EventType.values()) {
      row.put(t.name(), 0);
    }
    row.put("arguments", 0);
    return row;
  }
}
