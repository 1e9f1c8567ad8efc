package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java of the documentation compiles as printed: in every Java code block of README.md and of
 * the Markdown pages in docs/, the import lines head a class and the rest is the body of a method,
 * compiled against vnie's classes. At least one block must be found.
 */
class ReadmeJavaTest {
  @TempDir Path classes;

  @Test
  void everyJavaBlockOfTheReadmeAndTheDocsCompiles() throws IOException {
    int snippets = 0;
    for (Path page : pages()) {
      List<String> blocks = javaBlocks(Files.readString(page));
      for (String block : blocks) {
        StringWriter problems = new StringWriter();
        boolean compiled = compile("Snippet" + snippets++, block, problems);
        assertEquals("", problems.toString(), page + ":\n" + block);
        assertEquals(true, compiled, page + ":\n" + block);
      }
    }
    assertTrue(snippets > 0, "neither README.md nor docs/*.md shows Java");
  }

  /** README.md, then the Markdown pages of docs/ in name order. */
  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(Path.of("README.md"));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    assertTrue(pages.size() > 1, "docs/ holds no Markdown page");
    return pages;
  }

  private static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    int start = markdown.indexOf("```java\n");
    while (start >= 0) {
      int end = markdown.indexOf("\n```", start);
      blocks.add(markdown.substring(start + "```java\n".length(), end));
      start = markdown.indexOf("```java\n", end);
    }
    return blocks;
  }

  private boolean compile(String name, String block, StringWriter problems) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String source =
        imports + "class " + name + " {\n  void run() throws Exception {\n" + body + "  }\n}\n";
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options =
        List.of(
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            "-encoding",
            StandardCharsets.UTF_8.name());
    return javac.getTask(problems, null, null, options, null, List.of(file)).call();
  }
}
