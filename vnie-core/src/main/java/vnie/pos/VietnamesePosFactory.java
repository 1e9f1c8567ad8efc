package vnie.pos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import vnie.ner.WordClusters;

/**
 * The OpenNLP tagger factory of vnie's POS models: the default factory with {@link
 * WordShapeContext} as context generator. OpenNLP records this class in the model's manifest and
 * creates it again when the model is loaded, so it needs its public no-argument constructor.
 *
 * <p>A model trained with word clusters carries them ({@value #CLUSTERS_ENTRY}), so that it sees at
 * run time the classes it was trained with, whatever {@code clusters.tsv} a models folder holds; a
 * model without them (trained before) gets no cluster features.
 */
public class VietnamesePosFactory extends POSTaggerFactory {
  /** The model entry of the clusters. */
  static final String CLUSTERS_ENTRY = "word-clusters.tsv";

  private static final String EXTENSION = "tsv";

  // Set for training; a loaded model's come from its artifacts.
  private WordClusters clusters;

  public VietnamesePosFactory() {}

  /** The factory of a model to train with {@code clusters} ({@link WordClusters#none()}: none). */
  static VietnamesePosFactory withClusters(WordClusters clusters) {
    VietnamesePosFactory factory = new VietnamesePosFactory();
    factory.clusters = clusters;
    return factory;
  }

  /** The model's word clusters, {@link WordClusters#none()} when it has none. */
  WordClusters clusters() {
    if (clusters == null) {
      WordClusters stored =
          artifactProvider == null ? null : artifactProvider.getArtifact(CLUSTERS_ENTRY);
      clusters = stored == null ? WordClusters.none() : stored;
    }
    return clusters;
  }

  @Override
  public POSContextGenerator getPOSContextGenerator() {
    return new WordShapeContext(clusters());
  }

  @Override
  public POSContextGenerator getPOSContextGenerator(int cacheSize) {
    return getPOSContextGenerator();
  }

  @Override
  public Map<String, ArtifactSerializer<?>> createArtifactSerializersMap() {
    Map<String, ArtifactSerializer<?>> serializers = super.createArtifactSerializersMap();
    serializers.put(EXTENSION, new ClustersSerializer());
    return serializers;
  }

  @Override
  public Map<String, Object> createArtifactMap() {
    Map<String, Object> artifacts = super.createArtifactMap();
    if (clusters != null && clusters.size() > 0) {
      artifacts.put(CLUSTERS_ENTRY, clusters);
    }
    return artifacts;
  }

  /** Reads and writes the clusters entry in the format of {@code clusters.tsv}. */
  private static final class ClustersSerializer implements ArtifactSerializer<WordClusters> {
    @Override
    public WordClusters create(InputStream in) throws IOException {
      return WordClusters.read(in, CLUSTERS_ENTRY);
    }

    @Override
    public void serialize(WordClusters artifact, OutputStream out) throws IOException {
      artifact.write(out, "word clusters of the POS model's features");
    }
  }
}
