package vnie.event;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Layer;
import vnie.core.Mention;
import vnie.core.Person;
import vnie.pipeline.Stage;

/**
 * Links the PERSON mentions of a document that name one person. A full name is a name that is no
 * shorter form of another; a shorter form ({@code Robertson} of {@code William Robertson}, {@code
 * Giáp} of {@code Võ Nguyên Giáp}) ends like the full name, or keeps its first and last word
 * ({@code James McDonnell} of {@code James J. McDonnell}). Two different full names are two people
 * even when they share a family name; a short form that fits several goes to the one named last
 * before it, or stands alone when none was. Persons get ids {@code P1}, {@code P2} … in order of
 * first mention and the longest name as canonical name. Stateless and thread-safe.
 */
public final class PersonStage implements Stage {
  /** The stage; it keeps no state, so one serves every thread. */
  public PersonStage() {}

  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Override
  public String name() {
    return "persons";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.PERSONS);
  }

  @Override
  public Document apply(Document document) {
    return document.withPersons(link(document.mentions()));
  }

  /** The persons named by the PERSON mentions among {@code mentions}. */
  static List<Person> link(List<Mention> mentions) {
    List<Mention> names =
        mentions.stream()
            .filter(m -> m.type() == EntityType.PERSON)
            .sorted(Comparator.comparingInt(Mention::start))
            .toList();
    Set<List<String>> forms = new LinkedHashSet<>();
    for (Mention m : names) {
      forms.add(words(m));
    }
    FullNames full = new FullNames(forms);
    Map<List<String>, List<Mention>> byName = new LinkedHashMap<>();
    Map<List<String>, Integer> lastSeen = new LinkedHashMap<>();
    for (Mention m : names) {
      List<String> words = words(m);
      List<String> owner = full.contains(words) ? words : owner(words, full, lastSeen);
      byName.computeIfAbsent(owner, k -> new ArrayList<>()).add(m);
      lastSeen.put(owner, m.start());
    }
    List<Person> persons = new ArrayList<>();
    for (List<Mention> group : byName.values()) {
      Mention longest =
          group.stream()
              .max(
                  Comparator.comparingInt((Mention m) -> words(m).size())
                      .thenComparingInt(m -> m.text().length())
                      .thenComparingInt(m -> -m.start()))
              .orElseThrow();
      persons.add(new Person("P" + (persons.size() + 1), canonical(longest), group));
    }
    return persons;
  }

  /** The full name a short form belongs to: the only one it fits, or the one named last. */
  private static List<String> owner(
      List<String> words, FullNames full, Map<List<String>, Integer> lastSeen) {
    List<List<String>> fits = full.fitting(words);
    if (fits.size() == 1) {
      return fits.get(0);
    }
    List<String> latest = words;
    int latestStart = -1;
    for (List<String> f : fits) {
      Integer seen = lastSeen.get(f);
      if (seen != null && seen > latestStart) {
        latest = f;
        latestStart = seen;
      }
    }
    return latest;
  }

  static boolean isShortFormOf(List<String> shorter, List<String> longer) {
    int n = shorter.size();
    int m = longer.size();
    if (n >= m) {
      return false;
    }
    boolean ending = longer.subList(m - n, m).equals(shorter);
    boolean firstAndLast =
        n >= 2
            && shorter.get(0).equals(longer.get(0))
            && shorter.get(n - 1).equals(longer.get(m - 1));
    return ending || firstAndLast;
  }

  private static List<String> words(Mention m) {
    return List.of(SPACES.split(canonical(m), -1));
  }

  private static String canonical(Mention m) {
    return Normalizer.normalize(m.text(), Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }
}
