package vnie.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vnie.core.Document;
import vnie.io.AtomicFiles;

/**
 * The HTML report of {@code vnie report}: one self-contained file (inline style and script, no
 * network) with every document's text highlighted, its relations and events, and, with gold, the
 * errors marked in the text, the scores, a chart of F1 by type, the type confusion and an index of
 * the documents worst first. Stateless and thread-safe.
 */
public final class HtmlReport {
  private final DocumentRenderer renderer = new DocumentRenderer();

  /** The report as HTML. */
  public String render(ReportInput input) {
    Map<String, Document> predicted = new LinkedHashMap<>();
    input.predicted().forEach(d -> predicted.putIfAbsent(d.id(), d));
    Map<String, Document> gold = new LinkedHashMap<>();
    input.gold().forEach(d -> gold.putIfAbsent(d.id(), d));
    // A gold document nothing was predicted for is shown with its text and every mention missed.
    List<Document> documents = new ArrayList<>(predicted.values());
    gold.values().stream()
        .filter(g -> !predicted.containsKey(g.id()))
        .forEach(g -> documents.add(Document.of(g.id(), g.text())));
    Map<String, Document> byId = new LinkedHashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));

    StringBuilder body = new StringBuilder();
    List<ReportIndex.Row> rows = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Document doc = documents.get(i);
      String anchor = "d" + i;
      Document goldDoc = gold.get(doc.id());
      Scores scores = goldDoc == null ? null : Scores.of(List.of(goldDoc), byId);
      Optional<Comparison> comparison = Optional.ofNullable(scores).map(Scores::comparison);
      renderer.render(DocumentViews.of(doc, anchor, comparison), body);
      rows.add(
          new ReportIndex.Row(
              doc.id(),
              anchor,
              doc.mentions().size(),
              doc.relations().size(),
              doc.events().size(),
              scores));
    }
    if (input.scored()) {
      rows.sort(WORST_FIRST);
    }

    StringBuilder out = new StringBuilder(body.length() + 16_384);
    PageTemplate.open(out, input.title(), PageTemplate.OFFLINE_POLICY);
    out.append("<header><h1>").append(Html.escape(input.title())).append("</h1>\n");
    out.append("<p class=\"summary\">").append(summary(documents)).append("</p></header>\n");
    Legend.render(input.scored(), out);
    if (input.scored()) {
      Scores all = Scores.of(new ArrayList<>(gold.values()), byId);
      ScoreSection.render(all, out);
      ConfusionTable.render(all.confusion(), out);
    }
    ReportIndex.render(rows, input.scored(), out);
    out.append("<main>\n").append(body).append("</main>\n");
    PageTemplate.close(out, PageTemplate.SORTING_SCRIPT);
    return out.toString();
  }

  /** Writes the report to {@code file} atomically, as UTF-8. */
  public void write(ReportInput input, Path file) throws IOException {
    AtomicFiles.writeString(file, render(input));
  }

  /** Scored documents by F1, then by errors, worst first; unscored ones after them. */
  private static final Comparator<ReportIndex.Row> WORST_FIRST =
      Comparator.comparing((ReportIndex.Row r) -> r.scores() == null)
          .thenComparingDouble(
              r -> r.scores() == null ? 0 : r.scores().entities().strict().micro().f1())
          .thenComparing(
              Comparator.comparingInt(
                      (ReportIndex.Row r) ->
                          r.scores() == null
                              ? 0
                              : r.scores().entityErrors() + r.scores().structureErrors())
                  .reversed())
          .thenComparing(ReportIndex.Row::id);

  private static String summary(List<Document> documents) {
    int mentions = documents.stream().mapToInt(d -> d.mentions().size()).sum();
    int relations = documents.stream().mapToInt(d -> d.relations().size()).sum();
    int events = documents.stream().mapToInt(d -> d.events().size()).sum();
    return documents.size()
        + (documents.size() == 1 ? " document, " : " documents, ")
        + mentions
        + " mentions, "
        + relations
        + " relations, "
        + events
        + " events.";
  }
}
