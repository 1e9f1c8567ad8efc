/**
 * vnie's library: a pipeline that finds people, ranks, units, places and dates in Vietnamese text,
 * with their relations, events and persons; the trained models and the rules it uses; training and
 * evaluation; and the readers and writers of brat, CoNLL and the result tables. Start at {@link
 * vnie.Vnie}.
 *
 * <p>Every package with API is exported; {@code vnie.classify} (the exact, fast scoring of OpenNLP
 * perceptrons behind the segmenter and the tagger) is not. OpenNLP has no module descriptor of its
 * own and is required by its stable {@code Automatic-Module-Name}. Both OpenNLP's types (in the API
 * of the trainers and models) and Commons CSV's (the printers of the tables' rows) appear in the
 * API, so both are required transitively.
 */
module vnie {
  requires transitive org.apache.opennlp.tools;
  requires transitive org.apache.commons.csv;
  requires java.management; // heap figures of vnie.eval.Throughput

  exports vnie;
  exports vnie.core;
  exports vnie.pipeline;
  exports vnie.text;
  exports vnie.segment;
  exports vnie.pos;
  exports vnie.ner;
  exports vnie.rules;
  exports vnie.event;
  exports vnie.model;
  exports vnie.io;
  exports vnie.eval;
  exports vnie.train;
}
