package vnie.pos;

import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * The OpenNLP tagger factory of vnie's POS models: the default factory with {@link
 * WordShapeContext} as context generator. OpenNLP records this class in the model's manifest and
 * creates it again when the model is loaded, so it needs its public no-argument constructor.
 */
public class VietnamesePosFactory extends POSTaggerFactory {
  public VietnamesePosFactory() {}

  @Override
  public POSContextGenerator getPOSContextGenerator() {
    return new WordShapeContext();
  }

  @Override
  public POSContextGenerator getPOSContextGenerator(int cacheSize) {
    return new WordShapeContext();
  }
}
