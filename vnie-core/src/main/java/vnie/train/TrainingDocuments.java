package vnie.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vnie.Vnie;
import vnie.core.Document;
import vnie.io.AnnotatedCorpus;
import vnie.io.BratReader;
import vnie.io.InputFileException;
import vnie.ner.LabelledDocument;

/**
 * Reads hand-annotated documents for training and scoring the models: each text analysed by the
 * rule pipeline (sentences, words, tags, and the rules' entities, relations and events), with its
 * gold annotation.
 */
public final class TrainingDocuments {
  private final Vnie rules;

  /** Reads data analysed by the rule pipeline (sentences, tokens, rule mentions). */
  public TrainingDocuments() {
    this.rules = Vnie.builder().rulesOnly().build();
  }

  /**
   * Every {@code .ann} under {@code annotations} with its text at the same relative path under
   * {@code texts} (see {@link AnnotatedCorpus}), with its hand annotation, in name order.
   */
  public List<LabelledDocument> annotated(Path annotations, Path texts) throws IOException {
    List<LabelledDocument> out = new ArrayList<>();
    BratReader reader = new BratReader();
    for (AnnotatedCorpus.Pair pair : AnnotatedCorpus.find(annotations, texts).pairs()) {
      try {
        Document gold = reader.read(pair.text(), pair.annotation());
        out.add(new LabelledDocument(rules.process(pair.id(), gold.text()), gold));
      } catch (InputFileException e) {
        throw new IOException("cannot read " + pair.annotation() + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
