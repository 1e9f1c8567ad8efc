package vnie.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import vnie.core.EntityType;
import vnie.core.Token;

/**
 * A trained OpenNLP name finder over the syllable tokens of a sentence. The model is shared; each
 * thread gets its own {@link NameFinderME}, which is not thread-safe. What it proposes is filtered
 * by the same tests as the rules: a person or place starts with a capital (or Chinese characters),
 * a lone capitalised word that opens a sentence is no name, nor is {@code Anh} in {@code Anh ấy} or
 * {@code tiếng Anh}.
 */
public final class NameModel {
  /** The file name of the model in a models folder. */
  public static final String FILE_NAME = "ner-names.bin";

  /** The classpath resource of the model shipped with vnie. */
  public static final String RESOURCE = "/vnie/models/" + FILE_NAME;

  /** The provenance of every mention the model finds. */
  public static final String SOURCE = "model:ner";

  private static final double MIN_PROBABILITY = 0.8;

  private final TokenNameFinderModel model;

  /** The fast decoder, or null when the model is not one it reproduces. */
  private final NameDecoder decoder;

  /** OpenNLP's own finder, one per thread, for any other model. */
  private final ThreadLocal<NameFinderME> finders;

  public NameModel(TokenNameFinderModel model) {
    this.model = model;
    this.decoder = NameDecoder.of(model).orElse(null);
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  /** Reads a model written by {@link #save(Path)}. */
  public static NameModel load(Path file) throws IOException {
    return new NameModel(new TokenNameFinderModel(file));
  }

  /** Reads a model from a stream. */
  public static NameModel load(InputStream in) throws IOException {
    return new NameModel(new TokenNameFinderModel(in));
  }

  /** Writes the model in OpenNLP's format. */
  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      model.serialize(out);
    }
  }

  /** The mentions the model proposes in {@code sentences} of one document. */
  List<Candidate> find(List<SentenceView> sentences, NerLexicons lex) {
    List<Candidate> out = new ArrayList<>();
    if (decoder != null) {
      Map<String, String> previous = new HashMap<>();
      for (SentenceView s : sentences) {
        keep(s, decoder.find(tokens(s), previous), lex, out);
      }
      return out;
    }
    NameFinderME finder = finders.get();
    try {
      for (SentenceView s : sentences) {
        keep(s, finder.find(tokens(s)), lex, out);
      }
    } finally {
      finder.clearAdaptiveData();
    }
    return out;
  }

  private static String[] tokens(SentenceView s) {
    List<Token> tokens = s.tokens();
    String[] forms = new String[tokens.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = tokens.get(i).form();
    }
    return forms;
  }

  private static void keep(SentenceView s, Span[] spans, NerLexicons lex, List<Candidate> out) {
    for (Span span : spans) {
      EntityType type = typeOf(span.getType());
      if (type != null && span.getProb() >= MIN_PROBABILITY && isPlausible(s, span, type, lex)) {
        out.add(s.candidate(type, span.getStart(), span.getEnd(), "", SOURCE, Priority.MODEL));
      }
    }
  }

  private static boolean isPlausible(SentenceView s, Span span, EntityType type, NerLexicons lex) {
    int from = span.getStart();
    int to = span.getEnd();
    if (type == EntityType.PERSON || type == EntityType.LOCATION) {
      boolean han = s.form(from).codePoints().allMatch(c -> Character.isIdeographic(c));
      if (!s.isNamePart(from) && !han) {
        return false;
      }
      if (from == 0 && to == 1) {
        return false;
      }
    }
    return !lex.languageMarkers().contains(s.form(from - 1))
        && !(to - from == 1 && lex.pronounFollowers().contains(s.form(to)));
  }

  private static EntityType typeOf(String name) {
    for (EntityType t : EntityType.values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }
}
