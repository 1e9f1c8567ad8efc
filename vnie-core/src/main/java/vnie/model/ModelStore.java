package vnie.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import opennlp.tools.postag.POSModel;
import vnie.event.EventModel;
import vnie.ner.EntityModel;
import vnie.ner.WordClusters;
import vnie.pos.ModelTagger;
import vnie.pos.PosTagger;
import vnie.segment.ModelSegmenter;
import vnie.segment.SegmenterModel;
import vnie.segment.WordList;
import vnie.segment.WordSegmenter;

/**
 * Where the trained models come from: the ones shipped with vnie (the {@code models/} folder of the
 * source tree, packaged as class-path resources under {@code vnie/models/}), or a folder the user
 * gives. A model file missing from that folder is taken from the shipped ones, so a folder may hold
 * just the model that was retrained, or just a user's word list ({@value #USER_WORDS_FILE}), which
 * the segmenter adds to its lexicon. The shipped models are read once per JVM and shared.
 */
public final class ModelStore {
  public static final String SEGMENTER_FILE = "segmenter.bin";
  public static final String POS_FILE = "pos.bin";

  /**
   * The user's words in a models folder: one a line, syllables separated by spaces or {@code _}.
   */
  public static final String USER_WORDS_FILE = "user-words.txt";

  private static final String RESOURCE_FOLDER = "/vnie/models/";

  private final Path folder;
  private final WordList userWords;

  private ModelStore(Path folder, WordList userWords) {
    this.folder = folder;
    this.userWords = userWords;
  }

  /** The models shipped with vnie. */
  public static ModelStore shipped() {
    return new ModelStore(null, WordList.empty());
  }

  /**
   * The models in {@code folder}, and the shipped ones for files it lacks; the words of its {@value
   * #USER_WORDS_FILE}, when it has one, are added to the segmenter's lexicon.
   *
   * @throws IllegalArgumentException when {@code folder} is not a folder
   * @throws UncheckedIOException when its word list cannot be read
   */
  public static ModelStore folder(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("models folder not found: " + folder);
    }
    Path words = folder.resolve(USER_WORDS_FILE);
    return new ModelStore(folder, Files.isRegularFile(words) ? readWords(words) : WordList.empty());
  }

  /**
   * These models, with the words of {@code file} (one a line, syllables separated by spaces or
   * {@code _}) added to the segmenter's lexicon: domain terms and names the segmenter then finds as
   * words, without retraining.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public ModelStore withUserWords(Path file) {
    return new ModelStore(folder, userWords.plus(readWords(file)));
  }

  private static WordList readWords(Path file) {
    try {
      return WordList.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + file + ": " + e.getMessage(), e);
    }
  }

  /** The word segmenter, with the user's words in its lexicon. */
  public WordSegmenter segmenter() {
    ModelSegmenter segmenter;
    if (!inFolder(SEGMENTER_FILE)) {
      segmenter = ShippedSegmenter.SEGMENTER;
    } else {
      try (InputStream in = Files.newInputStream(folder.resolve(SEGMENTER_FILE))) {
        segmenter = new ModelSegmenter(new SegmenterModel(in));
      } catch (IOException e) {
        throw cannotRead(folder.resolve(SEGMENTER_FILE).toString(), e);
      }
    }
    return userWords.size() == 0 ? segmenter : segmenter.withUserWords(userWords);
  }

  /** The part-of-speech tagger. */
  public PosTagger tagger() {
    if (!inFolder(POS_FILE)) {
      return ShippedTagger.TAGGER;
    }
    try (InputStream in = Files.newInputStream(folder.resolve(POS_FILE))) {
      return new ModelTagger(new POSModel(in));
    } catch (IOException e) {
      throw cannotRead(folder.resolve(POS_FILE).toString(), e);
    }
  }

  /**
   * The entity model: the folder's {@code entities.bin}, else the shipped one; empty when neither
   * exists (vnie then finds entities with the rules alone).
   */
  public Optional<EntityModel> entities() {
    try {
      if (inFolder(EntityModel.FILE_NAME)) {
        return Optional.of(new EntityModel(folder.resolve(EntityModel.FILE_NAME)));
      }
      try (InputStream in =
          ModelStore.class.getResourceAsStream(RESOURCE_FOLDER + EntityModel.FILE_NAME)) {
        return in == null ? Optional.empty() : Optional.of(new EntityModel(in));
      }
    } catch (IOException e) {
      throw cannotRead(EntityModel.FILE_NAME, e);
    }
  }

  /**
   * The event and relation models: the folder's {@code events.bin}, else the shipped one; empty
   * when neither exists (vnie then finds relations and events with the rules alone).
   */
  public Optional<EventModel> events() {
    try {
      if (inFolder(EventModel.FILE_NAME)) {
        return Optional.of(new EventModel(folder.resolve(EventModel.FILE_NAME)));
      }
      try (InputStream in =
          ModelStore.class.getResourceAsStream(RESOURCE_FOLDER + EventModel.FILE_NAME)) {
        return in == null ? Optional.empty() : Optional.of(new EventModel(in));
      }
    } catch (IOException e) {
      throw cannotRead(EventModel.FILE_NAME, e);
    }
  }

  /**
   * The word clusters of the entity model: the folder's {@code clusters.tsv}, else the shipped one,
   * else none.
   */
  public WordClusters clusters() {
    try {
      if (inFolder(WordClusters.FILE_NAME)) {
        return WordClusters.read(folder.resolve(WordClusters.FILE_NAME));
      }
      try (InputStream in =
          ModelStore.class.getResourceAsStream(RESOURCE_FOLDER + WordClusters.FILE_NAME)) {
        return in == null ? WordClusters.none() : WordClusters.read(in, WordClusters.FILE_NAME);
      }
    } catch (IOException e) {
      throw cannotRead(WordClusters.FILE_NAME, e);
    }
  }

  private boolean inFolder(String file) {
    return folder != null && Files.isRegularFile(folder.resolve(file));
  }

  private static UncheckedIOException cannotRead(String what, IOException e) {
    return new UncheckedIOException("cannot read model " + what + ": " + e.getMessage(), e);
  }

  /** Opens a shipped model; fails with the resource name when the build did not package it. */
  static InputStream openShipped(String file) {
    InputStream in = ModelStore.class.getResourceAsStream(RESOURCE_FOLDER + file);
    if (in == null) {
      throw new IllegalStateException(
          "shipped model " + RESOURCE_FOLDER + file + " is not on the class path; rebuild vnie");
    }
    return in;
  }

  // The shipped models, each loaded on first use (class initialization is lazy and thread-safe),
  // in a holder of its own so that two threads can load them side by side.
  private static final class ShippedSegmenter {
    static final ModelSegmenter SEGMENTER = load();

    private static ModelSegmenter load() {
      try (InputStream in = openShipped(SEGMENTER_FILE)) {
        return new ModelSegmenter(new SegmenterModel(in));
      } catch (IOException e) {
        throw cannotRead(RESOURCE_FOLDER + SEGMENTER_FILE, e);
      }
    }
  }

  private static final class ShippedTagger {
    static final PosTagger TAGGER = load();

    private static PosTagger load() {
      try (InputStream in = openShipped(POS_FILE)) {
        return new ModelTagger(new POSModel(in));
      } catch (IOException e) {
        throw cannotRead(RESOURCE_FOLDER + POS_FILE, e);
      }
    }
  }
}
