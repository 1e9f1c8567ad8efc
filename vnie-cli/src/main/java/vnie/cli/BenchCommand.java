package vnie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vnie.core.Document;
import vnie.core.Sentence;
import vnie.eval.Throughput;
import vnie.eval.TreebankEvaluation;
import vnie.eval.TreebankScores;
import vnie.model.ModelStore;
import vnie.pipeline.Pipeline;
import vnie.pos.PosStage;
import vnie.pos.PosTagger;
import vnie.segment.SegmentStage;
import vnie.segment.WordSegmenter;
import vnie.text.SentenceStage;
import vnie.text.Tokenizer;
import vnie.train.Treebank;
import vnie.train.TreebankAlignment;
import vnie.train.TreebankSentence;
import vnie.train.UposTagger;

/** {@code vnie bench}: accuracy and speed of the segmenter and tagger on a treebank split. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Scores word segmentation (P/R/F1 of words as character spans, white space ignored) and"
          + " tagging (accuracy with gold words, F1 of word+tag from raw text) on a treebank split,",
      "then measures words per second for segmentation and segmentation+POS over the split's"
          + " sentences repeated to --words words, on 1 thread and on --threads threads."
    })
final class BenchCommand implements Callable<Integer> {
  private static final int SENTENCES_PER_DOCUMENT = 50;

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "UD treebank.")
  Path data;

  @Option(names = "--split", defaultValue = "test", description = "Default: ${DEFAULT-VALUE}.")
  String split;

  @Option(names = "--models", paramLabel = "DIR", description = "Models instead of the shipped.")
  Path models;

  @Option(
      names = "--words",
      defaultValue = "1000000",
      description = "Words in the speed corpus. Default: ${DEFAULT-VALUE}.")
  long targetWords;

  @Option(names = "--threads", description = "Threads of the parallel run. Default: all cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--runs",
      defaultValue = "3",
      description =
          "Timed runs of each measurement; the median is reported. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(
      names = "--upos",
      description =
          "Score tagging against the UPOS column, the tagger's XPOS tags mapped to UPOS as UD"
              + " Vietnamese-VTB maps them (for a treebank without VTB's XPOS, such as TueCL).")
  boolean upos;

  @Option(names = "--no-speed", description = "Accuracy only.")
  boolean noSpeed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ModelStore store = models == null ? ModelStore.shipped() : ModelStore.folder(models);
    WordSegmenter segmenter = store.segmenter();
    PosTagger tagger = store.tagger();
    List<TreebankSentence> treebank = new Treebank(data).read(List.of(split));
    TreebankAlignment.TagColumn column =
        upos ? TreebankAlignment.TagColumn.UPOS : TreebankAlignment.TagColumn.XPOS;
    List<Sentence> gold = new TreebankAlignment(new Tokenizer(), column).alignAll(treebank);
    TreebankScores scores =
        TreebankEvaluation.all(gold, segmenter, upos ? new UposTagger(tagger) : tagger);
    out.println(Reports.segmentation(split, scores));
    out.println(Reports.tagging(split, scores));
    out.flush();
    if (noSpeed) {
      return 0;
    }
    List<Document> corpus = new ArrayList<>();
    long words = repeat(treebank, corpus);
    out.printf("speed corpus: %d words in %d documents%n", words, corpus.size());
    Throughput throughput = new Throughput(corpus, words);
    Pipeline segment = Pipeline.of(List.of(new SentenceStage(), new SegmentStage(segmenter)));
    Pipeline segmentAndTag =
        Pipeline.of(
            List.of(new SentenceStage(), new SegmentStage(segmenter), new PosStage(tagger)));
    Throughput.resetPeakHeap();
    for (int n : threads > 1 ? List.of(1, threads) : List.of(1)) {
      report(out, "segmentation", throughput.measure(segment, n, runs));
      report(out, "segmentation+POS", throughput.measure(segmentAndTag, n, runs));
    }
    out.printf(
        "heap: peak %d MB (sum of pool peaks, garbage included), %d MB live after GC%n",
        Throughput.peakHeapBytes() / (1024 * 1024), Throughput.liveHeapBytes() / (1024 * 1024));
    out.flush();
    return 0;
  }

  /** Documents of the split's sentences, one a line, repeated until {@link #targetWords}. */
  private long repeat(List<TreebankSentence> sentences, List<Document> corpus) {
    long words = 0;
    StringBuilder text = new StringBuilder();
    int inDocument = 0;
    while (words < targetWords) {
      for (TreebankSentence s : sentences) {
        text.append(s.text()).append('\n');
        words += s.words().size();
        if (++inDocument == SENTENCES_PER_DOCUMENT) {
          corpus.add(Document.of("d" + corpus.size(), text.toString()));
          text.setLength(0);
          inDocument = 0;
        }
      }
    }
    if (!text.isEmpty()) {
      corpus.add(Document.of("d" + corpus.size(), text.toString()));
    }
    return words;
  }

  private static void report(PrintWriter out, String what, Throughput.Result r) {
    out.printf(
        "%-17s %d thread%s: %,.0f words/s (median run %.1f s)%n",
        what, r.threads(), r.threads() == 1 ? " " : "s", r.wordsPerSecond(), r.seconds());
    out.flush();
  }
}
