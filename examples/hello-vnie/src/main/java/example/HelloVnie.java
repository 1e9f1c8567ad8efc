package example;

import vnie.Vnie;
import vnie.core.Document;
import vnie.core.Mention;

/** Prints the entities vnie finds in one sentence. */
public final class HelloVnie {
  private HelloVnie() {}

  public static void main(String[] args) {
    String text =
        args.length > 0
            ? String.join(" ", args)
            : "Ngày 25/4/1945, Trung úy Albert Kotzebue gặp lính Liên Xô trên sông Elbe.";
    var vnie = Vnie.builder().build();
    Document doc = vnie.process(text);
    for (Mention m : doc.mentions()) {
      System.out.println(m.type() + " " + m.text() + " " + m.value());
    }
  }
}
