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
  /** A report; it keeps no state, so one serves any number of calls. */
  public HtmlReport() {}

  /**
   * What {@code report.jte} shows: the frame, the summary line, the scores and the type confusion
   * (both null without gold), the index and the documents' sections.
   */
  record Page(
      PageTemplate.Frame frame,
      String summary,
      ScoreSection.Tables scores,
      ConfusionTable.Table confusion,
      ReportIndex.Index index,
      List<DocumentRenderer.Section> documents) {}

  /** The report as HTML. */
  public String render(ReportInput input) {
    return Templates.render("report.jte", page(input));
  }

  /** Writes the report to {@code file} atomically, as UTF-8, without holding it whole in memory. */
  public void write(ReportInput input, Path file) throws IOException {
    Page page = page(input);
    AtomicFiles.writeText(file, out -> Templates.render("report.jte", page, out));
  }

  private Page page(ReportInput input) {
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

    List<DocumentRenderer.Section> sections = new ArrayList<>();
    List<ReportIndex.Row> rows = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Document doc = documents.get(i);
      String anchor = "d" + i;
      Document goldDoc = gold.get(doc.id());
      Scores scores = goldDoc == null ? null : Scores.of(List.of(goldDoc), byId);
      Optional<Comparison> comparison = Optional.ofNullable(scores).map(Scores::comparison);
      sections.add(DocumentRenderer.section(DocumentViews.of(doc, anchor, comparison)));
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
    Scores all = input.scored() ? Scores.of(new ArrayList<>(gold.values()), byId) : null;
    return new Page(
        new PageTemplate.Frame(
            input.title(), PageTemplate.OFFLINE_POLICY, PageTemplate.SORTING_SCRIPT),
        summary(documents),
        all == null ? null : ScoreSection.of(all),
        all == null ? null : ConfusionTable.of(all.confusion()),
        ReportIndex.of(rows, input.scored()),
        sections);
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
